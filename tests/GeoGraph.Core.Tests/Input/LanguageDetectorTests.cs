using GeoGraph.Core.Input;

namespace GeoGraph.Core.Tests.Input;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("وصل الرئيس الروسي فلاديمير بوتين إلى كازاخستان", "ar")]
    [InlineData("أعلنت منظمة أوبك (OPEC) خفض الإنتاج بمقدار مليون برميل يوميا", "ar")]
    [InlineData("The Russian president arrived in Kazakhstan on a two-day visit.", "en")]
    [InlineData("NATO", "en")]
    [InlineData("Putin met Tokayev in Astana, قال المتحدث", "en")]
    public void Detects_the_language_from_the_script(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text, out var reason));
        Assert.Equal(string.Empty, reason);
    }

    [Theory]
    [InlineData("Президент России прибыл в Казахстан", "neither Arabic nor Latin")]
    [InlineData("中国外交部发言人表示", "neither Arabic nor Latin")]
    [InlineData("12345 -- 678", "no letters")]
    [InlineData("Le président russe est arrivé au Kazakhstan pour une visite de deux jours visant à renforcer les liens avec ce pays allié situé en Asie centrale alors que les tensions montent.", "does not read as English")]
    public void Does_not_guess_other_languages(string text, string reasonPart)
    {
        Assert.Null(LanguageDetector.Detect(text, out var reason));
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }
}
