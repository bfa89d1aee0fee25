using GeoGraph.Text.English;

namespace GeoGraph.Text.Tests.English;

public sealed class EnglishTokenizerTests
{
    private static string Norms(string text) =>
        string.Join(' ', EnglishTokenizer.Tokenize(text, 0, text.Length).Select(t => t.Norm));

    private static string Surfaces(string text) =>
        string.Join('|', EnglishTokenizer.Tokenize(text, 0, text.Length).Select(t => text[t.Start..t.End]));

    [Theory]
    [InlineData("Russia's envoy", "russia 's envoy")]
    [InlineData("Israel’s behalf", "israel 's behalf")]
    [InlineData("the states' envoys", "the states ' envoys")]
    [InlineData("he didn't call", "he did n't call")]
    [InlineData("they can't, we won't", "they ca n't , we wo n't")]
    [InlineData("it's over", "it 's over")]
    [InlineData("O'Brien met D'Alema", "o'brien met d'alema")]
    [InlineData("Jean-Yves Le Drian", "jean - yves le drian")]
    [InlineData("President Bashar al-Assad", "president bashar al - assad")]
    [InlineData("then-Russian Ambassador", "then - russian ambassador")]
    [InlineData("Abu Dhabi", "abu dhabi")]
    [InlineData("the U.S. and the U.N.", "the us and the un")]
    [InlineData("U.S.-led forces", "us - led forces")]
    [InlineData("at 9 a.m. today", "at 9 am today")]
    [InlineData("Mr. Straw on Dec. 23", "mr straw on dec 23")]
    [InlineData("Mr Straw", "mr straw")]
    [InlineData("rose 3.5% to 1,400", "rose 3.5 % to 1,400")]
    [InlineData("François Hollande and Luis Bermúdez", "francois hollande and luis bermudez")]
    [InlineData("a “high level” contact", "a \" high level \" contact")]
    [InlineData("14 – in 1802 — and", "14 - in 1802 - and")]
    public void Folds_and_splits_words(string text, string expected) => Assert.Equal(expected, Norms(text));

    [Theory]
    [InlineData("Russia's", "Russia|'s")]
    [InlineData("U.S.-led", "U.S.|-|led")]
    [InlineData("al-Assad", "al|-|Assad")]
    [InlineData("Gen. Smith", "Gen.|Smith")]
    public void Spans_are_the_source_characters(string text, string expected) => Assert.Equal(expected, Surfaces(text));

    [Theory]
    [InlineData("U.S.", "us")]
    [InlineData("US", "us")]
    [InlineData("Russia’s", "russia 's")]
    [InlineData("  The  Kremlin ", "the kremlin")]
    public void Keys_make_spelling_variants_equal(string name, string key) => Assert.Equal(key, EnglishNormalizer.Key(name));

    [Theory]
    [InlineData("Putin", EnglishWordShape.Capitalized)]
    [InlineData("NATO", EnglishWordShape.AllCaps)]
    [InlineData("U.S.", EnglishWordShape.AllCaps)]
    [InlineData("said", EnglishWordShape.Lower)]
    [InlineData("F", EnglishWordShape.Initial)]
    [InlineData("iPhone", EnglishWordShape.Mixed)]
    [InlineData("1,400", EnglishWordShape.None)]
    public void Word_shape_keeps_the_capitalisation_the_key_folds_away(string word, EnglishWordShape shape) =>
        Assert.Equal(shape, EnglishWordShapes.Of(word));

    [Fact]
    public void A_repeated_word_shares_one_norm_and_reading_list_and_each_token_keeps_its_own()
    {
        // The word cache hands every token of a word the same norm and readings (no string per token), keyed by the
        // folded characters: "U.S." and "US" are the same word, "Russia" and "Russian" are not.
        const string text = "Russia and the U.S. met; the US, and Russian envoys, Russia's too.";
        var tokens = EnglishTokenizer.Tokenize(text, 0, text.Length);
        var russia = tokens.Where(t => t.Norm == "russia").ToList();
        var us = tokens.Where(t => t.Norm == "us").ToList();

        Assert.Equal(2, russia.Count);
        Assert.Equal(2, us.Count);
        Assert.Same(russia[0].Readings, russia[1].Readings);
        Assert.Same(russia[0].Norm, russia[1].Norm);
        Assert.Same(us[0].Readings, us[1].Readings);
        Assert.NotSame(russia[0].Readings, tokens.Single(t => t.Norm == "russian").Readings);
        var commas = tokens.Where(t => t.Norm == ",").ToList();
        Assert.Equal(2, commas.Count);
        Assert.Same(commas[0].Readings, commas[1].Readings);
        Assert.NotSame(commas[0].Readings, tokens.Single(t => t.Norm == ";").Readings);
        Assert.All(tokens, t => Assert.Equal(t.Norm, Assert.Single(t.Readings).Stem));
        Assert.All(tokens, t => Assert.Equal(string.Empty, t.Readings[0].Prefix + t.Readings[0].Suffix));
    }
}
