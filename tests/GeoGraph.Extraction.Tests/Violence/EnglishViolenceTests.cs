using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests.Violence;

/// <summary>English agency-style violent-event sentences; same notation as <see cref="ArabicViolenceTests"/>.</summary>
public sealed class EnglishViolenceTests
{
    private static readonly Predicate[] Violent = [Predicate.Attacked, Predicate.Arrested, Predicate.Threatened];

    [Theory]
    [InlineData("Israeli forces raided the Jenin refugee camp on Monday.", "Israeli forces > ATTACKED > Jenin > ")]
    [InlineData("Russia launched a drone attack on Kharkiv overnight.", "Russia > ATTACKED > Kharkiv > drone")]
    [InlineData("Hezbollah fired rockets at Israel on Sunday.", "Hezbollah > ATTACKED > Israel > rocket")]
    [InlineData("Iran threatened Israel with a crushing response.", "Iran > THREATENED > Israel > ")]
    [InlineData("Two Palestinian journalists were wounded by Israeli forces in Gaza.", "Israeli forces > ATTACKED > Palestinian journalists > ")]
    [InlineData("Turkish police arrested several Syrian activists in Istanbul.", "Turkish police > ARRESTED > Syrian activists > ")]
    [InlineData("Israel carried out airstrikes on Hezbollah targets in Lebanon.", "Israel > ATTACKED > Hezbollah > air strike")]
    [InlineData("The minister attacked the government's economic policy.", "")]
    [InlineData("The company launched a new phone in Beijing.", "")]
    public void Extracts_exactly_the_violent_events(string sentence, string expected) => AssertViolentEvents(sentence, expected);

    /// <summary>A bare plural group with no nationality ("protesters", "police") is a Group named by the noun.</summary>
    [Theory]
    [InlineData("Three protesters were killed by Iraqi security forces in Baghdad.", "Iraqi security forces > ATTACKED > protesters > ")]
    [InlineData("Turkey arrested dozens of protesters in Istanbul.", "Turkey > ARRESTED > protesters > ")]
    [InlineData("Police fired on demonstrators in the capital on Sunday.", "police > ATTACKED > demonstrators > ")]
    [InlineData("Soldiers opened fire at the Protesters Square rally.", "")]
    public void Extracts_violent_events_against_bare_plural_groups(string sentence, string expected) => AssertViolentEvents(sentence, expected);

    private static void AssertViolentEvents(string sentence, string expected)
    {
        var got = DevSet.Engine.Extract(new Article("t", sentence, "en") { Date = "2024-11-28" })
            .Where(s => Violent.Contains(s.Predicate))
            .Select(s => $"{s.Subject.Name} > {s.Predicate.ToSchemaName()} > {s.Object.Name} > {(s.Qualifiers.TryGetValue("weapon", out var w) ? w : string.Empty)}".TrimEnd())
            .ToHashSet(StringComparer.Ordinal);
        var want = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(want.Order(StringComparer.Ordinal), got.Order(StringComparer.Ordinal));
    }
}
