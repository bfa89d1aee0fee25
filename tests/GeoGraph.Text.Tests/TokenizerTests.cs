using GeoGraph.Text;

namespace GeoGraph.Text.Tests;

public sealed class TokenizerTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, 0, text.Length, ArabicClitics.Readings);

    [Fact]
    public void Tatweel_stays_in_the_span_and_leaves_the_normalised_text()
    {
        var text = "بـ«التقارب»";
        var t = Tokens(text);
        Assert.Equal(["ب", "«", "التقارب", "»"], t.Select(x => x.Norm));
        Assert.Equal("بـ", text[t[0].Start..t[0].End]);
    }

    [Fact]
    public void Letters_and_digits_split_and_decimals_stay_whole()
    {
        Assert.Equal(["خلال", "24", "ساعه"], Tokens("خلال24 ساعة").Select(x => x.Norm));
        Assert.Equal(["3.5", "%"], Tokens("3.5%").Select(x => x.Norm));
        Assert.Equal(["2024"], Tokens("٢٠٢٤").Select(x => x.Norm));
    }

    [Fact]
    public void Every_token_span_indexes_the_original_text()
    {
        var text = "وَصَلَ الرئيسُ \u200Fالروسيُّ إلى كازاخستان، في زيارة.";
        foreach (var t in Tokens(text))
        {
            Assert.Equal(t.Norm, TextNormalizer.Normalize(text[t.Start..t.End]));
        }
    }

    [Fact]
    public void Analysis_numbers_sentences_and_keeps_their_spans()
    {
        var text = "وصل بوتين إلى أستانا.\nوأكد توكاييف دعم بلاده.";
        var sentences = TextAnalyzers.Arabic.Analyze(text);
        Assert.Equal([0, 1], sentences.Select(s => s.Index));
        Assert.Equal("وأكد توكاييف دعم بلاده.", text[sentences[1].Start..sentences[1].End]);
    }

    [Fact]
    public void A_word_seen_again_reuses_the_cached_text_and_readings()
    {
        var analyzer = new ArabicTextAnalyzer();
        var tokens = analyzer.Analyze("زار لافروف موسكو، ثم زار لافروف بكين، ثم غادر.").SelectMany(s => s.Tokens).ToList();
        var zar = tokens.Where(t => t.Norm == "زار").ToList();
        var commas = tokens.Where(t => t.Norm == "،").ToList();

        Assert.Equal(2, zar.Count);
        Assert.Same(zar[0].Norm, zar[1].Norm);
        Assert.Same(zar[0].Readings, zar[1].Readings);
        Assert.Equal(2, commas.Count);
        Assert.Same(commas[0].Norm, commas[1].Norm);
    }

    [Fact]
    public void A_readings_source_whose_first_reading_is_not_the_word_does_not_change_the_token_text()
    {
        var odd = new ReadingList(new Reading(string.Empty, "other", string.Empty));
        var tokens = Tokenizer.Tokenize("ولروسيا حق", 0, 10, _ => odd);

        Assert.Equal(["ولروسيا", "حق"], tokens.Select(t => t.Norm));
        Assert.All(tokens, t => Assert.Same(odd, t.Readings));
    }
}
