namespace GeoGraph.Extraction.Engine.English;

/// <summary>The English hooks: the English recogniser over each sentence.</summary>
internal sealed class EnglishHooks : ILanguageHooks
{
    private readonly EnglishNer _ner;

    public EnglishHooks(EnglishNer ner) => _ner = ner;

    public void Recognize(ArticleState article, SentenceState sentence) => new EnglishRecognizer(article, sentence, _ner).Run();
}
