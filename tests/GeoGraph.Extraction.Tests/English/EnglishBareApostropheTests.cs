using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>
/// Copy whose apostrophes were lost on the way ("Syrias", "Assads", "Irans Press TV") reads like copy that kept them,
/// and a name that itself ends in s ("Reuters", "the Philippines", "United Arab Emirates") is not split.
/// </summary>
public sealed class EnglishBareApostropheTests
{
    private static IReadOnlyList<Statement> Extract(string text) => EnglishRuleTests.Extract(text, "2016-05-05");

    private static HashSet<string> Triples(IEnumerable<Statement> statements) =>
        statements.Select(s => $"{s.Subject.Name} -{s.Predicate.ToSchemaName()}-> {s.Object.Name}").ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("Belarus is Russias closest ally.", "Belarus is Russia's closest ally.")]
    [InlineData("Hungarys Foreign Minister Peter Szijjarto met Lavrov in Moscow.", "Hungary's Foreign Minister Peter Szijjarto met Lavrov in Moscow.")]
    [InlineData("The United States blamed the raid on Assads forces.", "The United States blamed the raid on Assad's forces.")]
    public void A_bare_possessive_reads_like_the_apostrophe(string bare, string withApostrophe)
    {
        var expected = Triples(Extract(withApostrophe));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Triples(Extract(bare)));
    }

    [Theory]
    [InlineData("The Philippines and the United Arab Emirates signed a trade deal on Monday.", "Philippines")]
    [InlineData("Reuters correspondent Ahmed Hassan reported from Cairo.", "Reuters")]
    public void A_name_that_ends_in_s_stays_whole(string sentence, string name)
    {
        var statements = Extract(sentence);
        Assert.Contains(statements, s => s.Subject.Name.Contains(name, StringComparison.Ordinal) || s.Object.Name.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Subject.Name.EndsWith(name[..^1], StringComparison.Ordinal) && !s.Subject.Name.Contains(name, StringComparison.Ordinal));
    }
}
