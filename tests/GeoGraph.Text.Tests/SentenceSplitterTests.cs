using GeoGraph.Text;

namespace GeoGraph.Text.Tests;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Numbers_with_points_and_percentages_do_not_end_a_sentence()
    {
        var s = Sentences("وتسهم كازاخستان بنحو 43% من الإنتاج. وبلغ النمو 3.5 في المئة على مسافة 7500 كيلومتر.");
        Assert.Equal(["وتسهم كازاخستان بنحو 43% من الإنتاج.", "وبلغ النمو 3.5 في المئة على مسافة 7500 كيلومتر."], s);
    }

    [Fact]
    public void A_newline_ends_a_headline_without_a_full_stop()
    {
        var s = Sentences("ترامب يلغي قمته مع كيم\nوكان ترامب قد ألغى القمة.");
        Assert.Equal(["ترامب يلغي قمته مع كيم", "وكان ترامب قد ألغى القمة."], s);
    }

    [Fact]
    public void A_full_stop_inside_guillemets_stays_in_the_quoting_sentence()
    {
        var s = Sentences("وقالت إن «تأكيدات روسيا مغلوطة. الحكومة لم تغلق المكتب» في بيان. ثم غادر.");
        Assert.Equal(2, s.Count);
        Assert.StartsWith("وقالت", s[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Latin_initials_are_abbreviations()
    {
        var s = Sentences("The U.S. Army said so. Then it left.");
        Assert.Equal(["The U.S. Army said so.", "Then it left."], s);
    }

    [Fact]
    public void Question_marks_of_both_scripts_end_sentences()
    {
        Assert.Equal(3, Sentences("هل زار موسكو؟ نعم زارها! Why? ").Count);
    }

    [Fact]
    public void Spans_are_trimmed_and_never_empty()
    {
        foreach (var (start, end) in SentenceSplitter.Split("  \n\n . \u200F\n"))
        {
            Assert.True(end > start);
        }
    }
}
