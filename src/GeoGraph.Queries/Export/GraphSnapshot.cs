using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Queries.Results;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Queries.Export;

/// <summary>The whole embedded store read into memory for export: entities, articles, statements and typed relations.</summary>
public sealed class GraphSnapshot
{
    private GraphSnapshot(IReadOnlyList<ExportEntity> entities, IReadOnlyList<ExportArticle> articles, IReadOnlyList<StatementView> statements)
    {
        Entities = entities;
        Articles = articles;
        Statements = statements;
        Relations = Aggregate(statements, articles);
    }

    /// <summary>Entities sorted by id.</summary>
    public IReadOnlyList<ExportEntity> Entities { get; }

    /// <summary>Articles sorted by id.</summary>
    public IReadOnlyList<ExportArticle> Articles { get; }

    /// <summary>Statements sorted by article, sentence and id.</summary>
    public IReadOnlyList<StatementView> Statements { get; }

    /// <summary>Typed relations sorted by predicate, subject and object.</summary>
    public IReadOnlyList<ExportRelation> Relations { get; }

    /// <summary>Reads a store.</summary>
    /// <param name="storePath">The SQLite file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="FileNotFoundException">No store at the path.</exception>
    public static async Task<GraphSnapshot> LoadAsync(string storePath, CancellationToken cancellationToken = default)
    {
        await using var store = new Embedded.SqliteStore(storePath);
        return await store.ReadAsync(c =>
        {
            var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            using (var command = c.CreateCommand())
            {
                command.CommandText = "SELECT entity_id, name FROM entity_names WHERE kind = 'alias'";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    (aliases.TryGetValue(reader.GetString(0), out var list) ? list : aliases[reader.GetString(0)] = []).Add(reader.GetString(1));
                }
            }

            var entities = new List<ExportEntity>();
            using (var command = c.CreateCommand())
            {
                command.CommandText = "SELECT id, name, type, labels_json FROM entities ORDER BY id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
                    foreach (var p in JObject.Parse(reader.GetString(3)).Properties().Where(p => p.Value.Type == JTokenType.String))
                    {
                        labels[p.Name] = p.Value.Value<string>()!;
                    }

                    var id = reader.GetString(0);
                    entities.Add(new ExportEntity(id, reader.GetString(1), reader.GetString(2), labels, aliases.GetValueOrDefault(id)?.Order(StringComparer.Ordinal).ToList() ?? []));
                }
            }

            var articles = new List<ExportArticle>();
            using (var command = c.CreateCommand())
            {
                command.CommandText = "SELECT id, title, date, lang, url, source FROM articles ORDER BY id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    articles.Add(new ExportArticle(reader.GetString(0), Text(reader, 1), Text(reader, 2), reader.GetString(3), Text(reader, 4), Text(reader, 5)));
                }
            }

            var byId = entities.ToDictionary(e => e.Id, e => new EntityRef(e.Id, e.Name, e.Type), StringComparer.Ordinal);
            var dates = articles.ToDictionary(a => a.Id, a => a.Date, StringComparer.Ordinal);
            var statements = new List<StatementView>();
            using (var command = c.CreateCommand())
            {
                command.CommandText =
                    "SELECT id, article_id, subject_id, predicate, object_id, status, attributed_to, denied_by, time, qualifiers_json, sentence, start, \"end\", " +
                    "evidence, rule, confidence FROM statements ORDER BY article_id, sentence, id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var date = dates.GetValueOrDefault(reader.GetString(1));
                    var time = Text(reader, 8);
                    statements.Add(new StatementView(
                        reader.GetString(0),
                        reader.GetString(1),
                        date,
                        byId[reader.GetString(2)],
                        reader.GetString(3),
                        byId[reader.GetString(4)],
                        reader.GetString(5),
                        Text(reader, 6) is { } by ? byId[by] : null,
                        Text(reader, 7) is { } denied ? byId[denied] : null,
                        time,
                        time ?? date,
                        Qualifiers.FromJson(Text(reader, 9)),
                        new Evidence(reader.GetInt32(10), reader.GetInt32(11), reader.GetInt32(12), reader.GetString(13)),
                        reader.GetString(14),
                        reader.GetDouble(15)));
                }
            }

            return new GraphSnapshot(entities, articles, statements);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static List<ExportRelation> Aggregate(IReadOnlyList<StatementView> statements, IReadOnlyList<ExportArticle> articles)
    {
        var dates = articles.ToDictionary(a => a.Id, a => a.Date, StringComparer.Ordinal);
        return statements
            .GroupBy(s =>
            {
                var (a, b) = (s.Subject.Id, s.Object.Id);
                return QueryRules.IsSymmetric(s.Predicate) && string.CompareOrdinal(a, b) > 0 ? (b, s.Predicate, a) : (a, s.Predicate, b);
            })
            .Select(g =>
            {
                var seen = g.Select(s => dates.GetValueOrDefault(s.ArticleId)).Where(d => d is not null).ToList();
                var statuses = RelationSchema.StatusNames.Where(n => g.Any(s => s.Status == n)).ToList();
                return new ExportRelation(g.Key.Item1, g.Key.Predicate, g.Key.Item3, g.Count(), seen.Min(StringComparer.Ordinal), seen.Max(StringComparer.Ordinal), statuses);
            })
            .OrderBy(r => r.Predicate, StringComparer.Ordinal)
            .ThenBy(r => r.Subject, StringComparer.Ordinal)
            .ThenBy(r => r.Object, StringComparer.Ordinal)
            .ToList();
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);
}
