using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>
/// The 14 dev articles of <c>shared/eval/dev/gold.jsonl</c> with statements built from their gold triples (the
/// extraction engine is still a stub on main). Every id carries <paramref name="prefix"/> so a test's data can be told
/// apart from anything else in the database and removed afterwards.
/// </summary>
internal static class DevArticles
{
    public static List<ArticleStatements> Load(string prefix)
    {
        var result = new List<ArticleStatements>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryFiles.Shared, "eval", "dev", "gold.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var article = new Article(prefix + root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, root.GetProperty("lang").GetString()!)
            {
                Date = root.TryGetProperty("date", out var date) ? date.GetString() : null,
                Source = root.TryGetProperty("source", out var source) ? source.GetString() : null,
            };

            var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var e in root.GetProperty("entities").EnumerateArray())
            {
                var name = e.GetProperty("name").GetString()!;
                var aliases = e.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
                var arabic = aliases.FirstOrDefault(x => x.Any(c => c is >= '\u0600' and <= '\u06FF'));
                var labels = new Dictionary<string, string> { ["en"] = name };
                if (arabic is not null)
                {
                    labels["ar"] = arabic;
                }

                _ = RelationSchema.TryParseEntityType(e.GetProperty("type").GetString()!, out var type);
                // Ids by canonical name, so the same entity in two articles is one node, as the extractor's KB ids are.
                entities[e.GetProperty("key").GetString()!] = new Entity(prefix + name, name, type, labels, aliases);
            }

            var statements = new List<Statement>();
            foreach (var t in root.GetProperty("triples").EnumerateArray())
            {
                if (!RelationSchema.TryParsePredicate(t.GetProperty("p").GetString()!, out var predicate)
                    || !entities.TryGetValue(t.GetProperty("s").GetString()!, out var subject)
                    || !entities.TryGetValue(t.GetProperty("o").GetString()!, out var obj))
                {
                    continue;
                }

                var evidence = t.TryGetProperty("evidence", out var ev) ? ev.GetString() ?? string.Empty : string.Empty;
                var start = Math.Max(0, article.Text.IndexOf(evidence, StringComparison.Ordinal));
                var end = evidence.Length > 0 && article.Text.IndexOf(evidence, StringComparison.Ordinal) >= 0 ? start + evidence.Length : start;
                var sentence = article.Text.AsSpan(0, start).Count('\n');
                _ = RelationSchema.TryParseStatus(t.TryGetProperty("status", out var st) ? st.GetString() ?? "asserted" : "asserted", out var status);
                var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
                if (t.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in q.EnumerateObject())
                    {
                        qualifiers[p.Name] = p.Value.ToString();
                    }
                }

                statements.Add(new Statement(article.Id, subject, predicate, obj, new Evidence(sentence, start, end, article.Text[start..end]), "gold")
                {
                    Status = status,
                    Qualifiers = qualifiers,
                });
            }

            result.Add(new ArticleStatements(article, statements));
        }

        return result;
    }
}
