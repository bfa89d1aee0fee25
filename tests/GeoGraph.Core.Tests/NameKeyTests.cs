using GeoGraph.Core.Text;

namespace GeoGraph.Core.Tests;

public class NameKeyTests
{
    [Theory]
    [InlineData("The Kremlin", "kremlin")]
    [InlineData("U.S.", "u s")]
    [InlineData("  Collective   Security-Treaty ", "collective security treaty")]
    [InlineData("أوكرانيا", "اوكرانيا")]
    [InlineData("إيران", "ايران")]
    [InlineData("مُوسْكُو", "موسكو")]
    [InlineData("وزارة الخارجية", "وزاره الخارجيه")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("«بريكس»", "بريكس")]
    [InlineData("روســيا", "روسيا")]
    [InlineData("", "")]
    [InlineData("...", "")]
    public void Folds_spelling_variants_to_one_key(string name, string key) => Assert.Equal(key, NameKey.Of(name));

    [Fact]
    public void Zero_width_and_bidi_marks_are_ignored() => Assert.Equal(NameKey.Of("روسيا"), NameKey.Of("رو\u200cسيا\u200f"));
}
