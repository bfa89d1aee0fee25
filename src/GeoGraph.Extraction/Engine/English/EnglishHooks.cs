namespace GeoGraph.Extraction.Engine.English;

/// <summary>The English hooks: the English recogniser over each sentence.</summary>
internal sealed class EnglishHooks : ILanguageHooks
{
    private readonly EnglishNer _ner;

    public EnglishHooks(EnglishNer ner) => _ner = ner;

    public void Recognize(ArticleState article, SentenceState sentence) => new EnglishRecognizer(article, sentence, _ner).Run();

    /// <summary>The recogniser's word classes become flags on the lexicon's per-word memo (see
    /// <see cref="EnglishRecognizer"/>'s constructor).</summary>
    public void Prepare(LanguagePack pack) =>
        pack.Lexicon.AddDerivedFlags(EnglishNer.ClassFlags, _ner.AllClasses.Select(c => KeyValuePair.Create(c.Key, (ulong)c.Value)));
}
