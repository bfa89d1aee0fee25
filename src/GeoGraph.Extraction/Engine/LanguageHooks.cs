using GeoGraph.Extraction.Engine.English;

namespace GeoGraph.Extraction.Engine;

/// <summary>The language hooks by language code; languages without hooks get null.</summary>
internal static class LanguageHooks
{
    private static readonly Lazy<ILanguageHooks> English = new(() => new EnglishHooks(EnglishNer.Load()));

    /// <summary>The hooks of a language pack's language, or null.</summary>
    /// <param name="language">The code (<c>en</c>, <c>ar</c>).</param>
    /// <returns>The hooks.</returns>
    public static ILanguageHooks? For(string language) => language == "en" ? English.Value : null;
}
