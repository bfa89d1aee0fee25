using GeoGraph.Core.Model;
using GeoGraph.Extraction.Engine;
using GeoGraph.Extraction.Engine.English;
using GeoGraph.Extraction.Knowledge;
using GeoGraph.Text;

namespace GeoGraph.Extraction;

/// <summary>
/// The extraction engine: knowledge base, entity recognition and relation rules for Arabic and English. Built once
/// (the KB and the rule packs are loaded and indexed here), then <see cref="Extract"/> is a pure function of the
/// article: thread-safe and total on any text.
/// </summary>
public sealed class ExtractionEngine : IExtractor
{
    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, LanguagePack> _packs;

    private ExtractionEngine(KnowledgeBase kb)
    {
        _kb = kb;
        _packs = new Dictionary<string, LanguagePack>(StringComparer.Ordinal)
        {
            ["ar"] = LanguagePack.Load("ar"),
            ["en"] = LanguagePack.Load("en"),
        };
        foreach (var (language, pack) in _packs)
        {
            pack.Lexicon.AddDerived(LanguagePack.GazetteerFirstWords, kb.GazetteerFor(language).FirstWords);
            pack.Lexicon.AddDerived(LanguagePack.GazetteerSecondWords, kb.GazetteerFor(language).SecondWords);
            LanguageHooks.For(language)?.Prepare(pack);
        }
    }

    /// <summary>Creates the engine with the bundled knowledge base plus the user's own KB files (same JSON format).</summary>
    /// <param name="userKbFiles">Extra knowledge-base files, or null.</param>
    /// <returns>The engine; build it once, it is thread-safe.</returns>
    /// <exception cref="FormatException">A KB file is not in the format of KB_FORMAT.md.</exception>
    public static ExtractionEngine CreateDefault(IEnumerable<string>? userKbFiles = null) => new(KnowledgeBase.Load(userKbFiles));

    /// <summary>Creates an engine over KB JSON texts only (no embedded data); for tests.</summary>
    /// <param name="kbJson">KB files' contents.</param>
    /// <returns>The engine.</returns>
    internal static ExtractionEngine FromKbJson(params string[] kbJson) => new(KnowledgeBase.FromJson(kbJson));

    /// <summary>The number of KB entries loaded.</summary>
    public int KnowledgeBaseSize => _kb.ById.Count;

    /// <inheritdoc />
    public IReadOnlyList<Statement> Extract(Article article) => Run(article, null);

    /// <summary>Extracts and also describes every sentence's mentions (for rule authors and tests).</summary>
    internal (IReadOnlyList<Statement> Statements, string Trace) Trace(Article article)
    {
        var sb = new System.Text.StringBuilder();
        return (Run(article, sb), sb.ToString());
    }

    private List<Statement> Run(Article article, System.Text.StringBuilder? trace)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text ?? string.Empty;
        var pack = _packs[article.Lang is not null && article.Lang.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? "ar" : "en"];
        var state = new ArticleState(article with { Text = text }, _kb, pack);
        var sentences = pack.Analyzer.Analyze(text);
        var englishGazetteer = pack.Language == "en" ? _kb.GazetteerFor("en") : null;
        foreach (var sentence in sentences)
        {
            if (englishGazetteer is not null && sentence.Tokens is List<Token> tokens)
            {
                BareApostrophes.Split(tokens, text, englishGazetteer);
            }

            var s = new SentenceState(sentence);
            new Recognizer(state, s).Run();
            LanguageHooks.For(pack.Language)?.Recognize(state, s);
            Resolution.References(state, s);
            new RuleRunner(state, s).Run();
            if (trace is not null)
            {
                trace.Append('#').Append(sentence.Index).Append(' ').AppendLine(string.Join(' ', sentence.Tokens.Select(t => t.Norm)));
                foreach (var m in s.Ordered())
                {
                    trace.Append("   [").Append(m.Start).Append(',').Append(m.End).Append(") ").Append(m.Kind).Append(' ').Append(m.Entity.Id)
                        .Append(" '").Append(string.Join(' ', sentence.Tokens.Skip(m.Start).Take(m.End - m.Start).Select(t => t.Norm))).Append("' ").AppendLine(m.Source);
                }
            }
            foreach (var m in s.Ordered())
            {
                if (m.IsArgument)
                {
                    foreach (var e in m.Entities)
                    {
                        state.History.Add((sentence.Index, m.Start, e));
                    }

                    // A name as written (not a title phrase, pronoun or description), the longest one per entity.
                    if (m.Kind == MentionKind.Name && m.Source is "kb" or "article" or "en.ner.name" && m.Entities.Count == 1)
                    {
                        state.NoteSurface(m.Entity.Id, string.Join(' ', text[sentence.Tokens[m.Start].Start..sentence.Tokens[m.End - 1].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
                    }
                }
            }

            state.Topic = s.LastSubject ?? state.Topic;
        }

        return ToStatements(state, sentences);
    }

    private static List<Statement> ToStatements(ArticleState state, IReadOnlyList<GeoGraph.Text.Sentence> sentences)
    {
        var text = state.Article.Text;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<Statement>();

        // A sentence's evidence text is cut once and shared by all its statements (a sentence often yields several).
        var sentenceText = new string?[sentences.Count];
        foreach (var (f, si) in state.Facts)
        {
            var sentence = sentences[si];
            var evidence = new Evidence(si, sentence.Start, sentence.End, sentenceText[si] ??= text[sentence.Start..sentence.End]);
            var statement = new Statement(state.Article.Id, WithSurface(state, f.Subject), f.Predicate, WithSurface(state, f.Object), evidence, f.RuleId)
            {
                Status = f.Status,
                AttributedTo = f.AttributedTo,
                DeniedBy = f.DeniedBy,
                Qualifiers = f.Qualifiers,
                Matched = Matched(sentence, f.FirstToken, f.LastToken, text),
                Confidence = f.Status == Core.Schema.StatementStatus.Asserted ? 0.8 : 0.7,
            };
            if (seen.Add(statement.Id))
            {
                list.Add(statement);
            }
        }

        return list;
    }

    /// <summary>The entity with the article's own spelling of it as its <c>surface</c> label, when that differs from
    /// its name and labels (the graph stores keep their first label per key, so the canonical ones are unchanged).</summary>
    private static Entity WithSurface(ArticleState state, Entity e)
    {
        if (!state.Surfaces.TryGetValue(e.Id, out var surface) || string.Equals(surface, e.Name, StringComparison.OrdinalIgnoreCase)
            || e.Labels.Values.Any(l => string.Equals(l, surface, StringComparison.OrdinalIgnoreCase)))
        {
            return e;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in e.Labels)
        {
            labels[k] = v;
        }

        labels["surface"] = surface;
        return e with { Labels = labels };
    }

    private static string[] Matched(GeoGraph.Text.Sentence s, int first, int last, string text)
    {
        first = Math.Clamp(first, 0, s.Tokens.Count - 1);
        last = Math.Clamp(last, first, s.Tokens.Count - 1);
        var tokens = new string[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            tokens[i - first] = text[s.Tokens[i].Start..s.Tokens[i].End];
        }

        return tokens;
    }
}
