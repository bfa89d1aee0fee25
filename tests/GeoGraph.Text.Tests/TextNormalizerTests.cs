using GeoGraph.Text;

namespace GeoGraph.Text.Tests;

public sealed class TextNormalizerTests
{
    // One vector per rule, as in Lucene's ArabicNormalizer tests.
    [Theory]
    [InlineData("أحمد", "احمد")] // alef with hamza above
    [InlineData("إيران", "ايران")] // alef with hamza below
    [InlineData("آسيا", "اسيا")] // alef with madda
    [InlineData("ٱلله", "الله")] // alef wasla
    [InlineData("مصطفى", "مصطفي")] // alef maqsura → yeh
    [InlineData("القاهرة", "القاهره")] // taa marbuta → heh
    [InlineData("مُحَمَّدٌ", "محمد")] // harakat, shadda, tanwin
    [InlineData("بـــوتين", "بوتين")] // tatweel
    [InlineData("کازاخستان", "كازاخستان")] // Persian kaf
    [InlineData("ایران", "ايران")] // Persian yeh
    [InlineData("کوردستانە", "كوردستانه")] // Kurdish ae
    [InlineData("٢٠٢٤", "2024")] // Arabic-Indic digits
    [InlineData("۱۹۶۱", "1961")] // extended (Persian) digits
    [InlineData("\u200Fروسيا\u200E", "روسيا")] // bidi marks
    [InlineData("كيم\u200Cجونغ", "كيمجونغ")] // zero-width non-joiner
    [InlineData("U.S. Army", "u.s. army")] // Latin case
    public void Normalize_applies_each_rule(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("مُحَمَّدٌ بـــوتين")]
    [InlineData("\u200Fأ\u064Eإ٢")]
    [InlineData("")]
    public void NormalizeInto_keeps_every_offset(string input)
    {
        var buffer = new char[input.Length];
        TextNormalizer.NormalizeInto(input, buffer);
        for (var i = 0; i < input.Length; i++)
        {
            Assert.Equal(TextNormalizer.Fold(input[i]), buffer[i]);
        }
    }

    [Fact]
    public void Marks_fold_to_the_removed_placeholder_not_to_nothing()
    {
        Assert.Equal(TextNormalizer.Removed, TextNormalizer.Fold('\u064E'));
        Assert.Equal(TextNormalizer.Removed, TextNormalizer.Fold('\u0640'));
        Assert.Equal(TextNormalizer.Removed, TextNormalizer.Fold('\u200F'));
        Assert.Equal('ا', TextNormalizer.Fold('أ'));
    }
}
