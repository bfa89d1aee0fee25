using GeoGraph.Text;

namespace GeoGraph.Text.Tests;

public sealed class ArabicCliticsTests
{
    [Theory]
    [InlineData("بكازاخستان", "ب", "كازاخستان", "")]
    [InlineData("لروسيا", "ل", "روسيا", "")]
    [InlineData("وموسكو", "و", "موسكو", "")]
    [InlineData("وتعد", "و", "تعد", "")]
    [InlineData("للولايات", "ل", "الولايات", "")] // ل + ال is written لل
    [InlineData("والولايات", "و", "الولايات", "")]
    [InlineData("بالروسيه", "ب", "الروسيه", "")]
    [InlineData("وبالصين", "وب", "الصين", "")]
    [InlineData("فالحكومه", "ف", "الحكومه", "")]
    [InlineData("سترد", "س", "ترد", "")] // future prefix
    [InlineData("رئيسها", "", "رئيس", "ها")]
    [InlineData("جارتها", "", "جاره", "ها")] // taa marbuta restored before the pronoun
    [InlineData("وزميله", "و", "زميل", "ه")]
    [InlineData("زودتها", "", "زودت", "ها")]
    [InlineData("علاقاتهم", "", "علاقات", "هم")]
    public void A_word_has_the_reading_that_reaches_its_stem(string word, string prefix, string stem, string suffix) =>
        Assert.Contains(new Reading(prefix, stem, suffix), ArabicClitics.Readings(TextNormalizer.Normalize(word)));

    [Theory]
    [InlineData("بوتين")]
    [InlineData("لافروف")]
    public void The_whole_word_is_always_the_first_reading(string word) =>
        Assert.Equal(new Reading(string.Empty, word, string.Empty), ArabicClitics.Readings(word)[0]);

    [Fact]
    public void Stems_keep_at_least_two_letters()
    {
        Assert.All(ArabicClitics.Readings("وبه"), r => Assert.True(r.Stem.Length >= 2));
    }
}
