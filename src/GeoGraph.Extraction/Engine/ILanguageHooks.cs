namespace GeoGraph.Extraction.Engine;

/// <summary>
/// What a language adds to the shared pipeline where the shared recogniser cannot see it: English titles come before
/// the name ("Russian President Vladimir Putin") and unknown names are told by their capitals, which only the source
/// text keeps. Chosen by the article's language (<see cref="LanguageHooks.For"/>); one instance serves all articles.
/// </summary>
internal interface ILanguageHooks
{
    /// <summary>Runs after the shared recogniser and before reference resolution, on one sentence.</summary>
    /// <param name="article">The article state.</param>
    /// <param name="sentence">The sentence state.</param>
    void Recognize(ArticleState article, SentenceState sentence);

    /// <summary>Runs once when the engine is built, before any article: the hooks may add derived word lists or
    /// flags to their language's lexicon (which is final afterwards).</summary>
    /// <param name="pack">The language pack of the hooks' language.</param>
    void Prepare(LanguagePack pack);
}
