using GeoGraph.Core.Input;

namespace GeoGraph.Core.Tests.Input;

public class TitleRuleTests
{
    [Theory]
    [InlineData("Putin visits Kazakhstan\nThe president arrived.", "Putin visits Kazakhstan")]
    [InlineData("  بوتين في كازاخستان  \r\nوصل الرئيس.", "بوتين في كازاخستان")]
    [InlineData("A headline with «quotes»\n\nBody text.", "A headline with «quotes»")]
    public void A_short_unpunctuated_first_line_followed_by_text_is_a_title(string text, string title) =>
        Assert.Equal(title, TitleRule.Find(text));

    [Theory]
    [InlineData("The president arrived in Astana.\nMore text.")]
    [InlineData("هل تنجح الزيارة؟\nنص.")]
    [InlineData("He said: «we agree».\nMore.")]
    [InlineData("Only one line without a full stop")]
    [InlineData("A title followed by nothing\n   \n")]
    [InlineData("\nBody after an empty first line.")]
    public void Sentences_lone_lines_and_empty_lines_are_not_titles(string text) =>
        Assert.Null(TitleRule.Find(text));

    [Fact]
    public void A_first_line_of_200_characters_or_more_is_a_paragraph()
    {
        Assert.Null(TitleRule.Find(new string('a', 200) + "\nbody"));
        Assert.NotNull(TitleRule.Find(new string('a', 199) + "\nbody"));
    }
}
