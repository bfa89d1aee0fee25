using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Cli.Tests;

/// <summary>
/// A tiny stand-in extractor for CLI tests: a statement for every sentence that names both entities of a known pair,
/// with the sentence as evidence. It keeps CLI tests independent of the real engine's quality.
/// </summary>
internal sealed class PairExtractor : IExtractor
{
    public static readonly Entity Kazakhstan = new("country:KZ", "Kazakhstan", EntityType.Country, new Dictionary<string, string> { ["en"] = "Kazakhstan", ["ar"] = "كازاخستان" }, ["Republic of Kazakhstan"]);
    public static readonly Entity Csto = new("org:CSTO", "Collective Security Treaty Organization", EntityType.Organization, new Dictionary<string, string> { ["en"] = "CSTO", ["ar"] = "منظمة معاهدة الأمن الجماعي" });
    public static readonly Entity Russia = new("country:RU", "Russia", EntityType.Country, new Dictionary<string, string> { ["en"] = "Russia", ["ar"] = "روسيا" });

    private static readonly (Entity Subject, Predicate Predicate, Entity Object)[] Pairs =
    [
        (Kazakhstan, Predicate.MemberOf, Csto),
        (Russia, Predicate.Leads, Csto),
    ];

    public IReadOnlyList<Statement> Extract(Article article)
    {
        var statements = new List<Statement>();
        var sentence = 0;
        var start = 0;
        for (var i = 0; i <= article.Text.Length; i++)
        {
            if (i < article.Text.Length && article.Text[i] is not ('.' or '\n' or '؟' or '!'))
            {
                continue;
            }

            var end = Math.Min(i + 1, article.Text.Length);
            var span = article.Text[start..end];
            var trimmedStart = start + (span.Length - span.TrimStart().Length);
            var trimmedEnd = end - (span.Length - span.TrimEnd().Length);
            if (trimmedEnd > trimmedStart)
            {
                var text = article.Text[trimmedStart..trimmedEnd];
                foreach (var (s, p, o) in Pairs)
                {
                    if (Mentions(text, s) && Mentions(text, o))
                    {
                        statements.Add(new Statement(article.Id, s, p, o, new Evidence(sentence, trimmedStart, trimmedEnd, text), "test.pair") { Matched = [s.Name, o.Name] });
                    }
                }

                sentence++;
            }

            start = end;
        }

        return statements;
    }

    private static bool Mentions(string text, Entity e) =>
        e.Labels.Values.Append(e.Name).Any(n => text.Contains(n, StringComparison.Ordinal));
}
