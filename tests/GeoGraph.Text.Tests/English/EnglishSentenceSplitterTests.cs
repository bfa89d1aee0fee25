using GeoGraph.Text.English;

namespace GeoGraph.Text.Tests.English;

public sealed class EnglishSentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        EnglishSentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("The U.S. Secretary of State arrived. He met officials.", "The U.S. Secretary of State arrived.|He met officials.")]
    [InlineData("Troops left the U.S. The talks ended.", "Troops left the U.S.|The talks ended.")]
    [InlineData("Mr. Straw met Mrs. Thatcher and Dr. Fox in St. Petersburg.", "Mr. Straw met Mrs. Thatcher and Dr. Fox in St. Petersburg.")]
    [InlineData("Gen. Petraeus arrived on Jan. 20 and left on Feb. 3.", "Gen. Petraeus arrived on Jan. 20 and left on Feb. 3.")]
    [InlineData("He lives at No. 10 Downing Street.", "He lives at No. 10 Downing Street.")]
    [InlineData("John F. Kennedy visited Berlin in 1963.", "John F. Kennedy visited Berlin in 1963.")]
    [InlineData("Acme Inc. and Globex Corp. signed a deal.", "Acme Inc. and Globex Corp. signed a deal.")]
    [InlineData("The meeting starts at 9 a.m. The press will attend.", "The meeting starts at 9 a.m.|The press will attend.")]
    [InlineData("Growth slowed to 3.5 percent. Inflation rose 43%.", "Growth slowed to 3.5 percent.|Inflation rose 43%.")]
    [InlineData("\"We will not leave,\" he said. \"Never.\" She agreed.", "\"We will not leave,\" he said.|\"Never.\"|She agreed.")]
    [InlineData("Is it over? Yes! It is.", "Is it over?|Yes!|It is.")]
    [InlineData("Weapons e.g. rifles were seized.", "Weapons e.g. rifles were seized.")]
    [InlineData("chemical weapons ... crosses a red line", "chemical weapons ... crosses a red line")]
    public void Splits_at_sentence_ends_but_not_at_abbreviations(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Fact]
    public void A_line_break_ends_a_headline_without_a_full_stop() =>
        Assert.Equal(["Straw attacked on China arms", "Moves to lift the ban were condemned."], Sentences("Straw attacked on China arms\n\nMoves to lift the ban were condemned."));

    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia expelled two diplomats.", "MOSCOW (Reuters) -|Russia expelled two diplomats.")]
    [InlineData("WASHINGTON, Nov 12 (AP) — The U.S. imposed sanctions.", "WASHINGTON, Nov 12 (AP) —|The U.S. imposed sanctions.")]
    [InlineData("UNITED NATIONS (Reuters) - Former U.S. National Security Adviser Michael Flynn admitted it.", "UNITED NATIONS (Reuters) -|Former U.S. National Security Adviser Michael Flynn admitted it.")]
    [InlineData("BEIRUT/DAMASCUS - Shelling resumed.", "BEIRUT/DAMASCUS -|Shelling resumed.")]
    public void A_dateline_is_its_own_span(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(text));

    [Theory]
    [InlineData("A SECOND GO-ROUND After Egypt withdrew")]
    [InlineData("U.S. leaves door open - analysts")]
    [InlineData("Pro-Kremlin media said")]
    public void Capitalised_openers_that_are_not_datelines_are_not_split(string text) =>
        Assert.False(EnglishDateline.TryMatch(text, 0, text.Length, out _));

    [Fact]
    public void A_dateline_names_its_place_and_agency()
    {
        const string text = "WASHINGTON, Nov 12 (AP) — The U.S. acted.";
        Assert.True(EnglishDateline.TryMatch(text, 0, text.Length, out var d));
        Assert.Equal("WASHINGTON", text[d.PlaceStart..d.PlaceEnd]);
        Assert.Equal("AP", text[d.AgencyStart..d.AgencyEnd]);
    }
}
