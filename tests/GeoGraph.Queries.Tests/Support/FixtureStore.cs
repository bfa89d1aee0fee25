using System.Security.Cryptography;
using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Text;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace GeoGraph.Queries.Tests.Support;

/// <summary>
/// Writes articles and statements into a fresh embedded store, table by table as <c>schema.sql</c> defines it:
/// entity names under their <see cref="NameKey"/>, qualifier time in its own column.
/// </summary>
internal static class FixtureStore
{
    /// <summary>Creates a store file at <paramref name="path"/> holding the articles and statements.</summary>
    public static void Write(string path, IReadOnlyList<Article> articles, IReadOnlyList<Statement> statements)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var schema = connection.CreateCommand())
        {
            schema.CommandText = File.ReadAllText(TestPaths.Schema);
            schema.ExecuteNonQuery();
        }

        using var tx = connection.BeginTransaction();
        foreach (var a in articles)
        {
            Exec(connection, tx, "INSERT INTO articles(id, title, date, lang, url, source, text, text_hash, ingested_at) VALUES ($id, $title, $date, $lang, $url, $source, $text, $hash, '2026-01-01T00:00:00Z')",
                ("$id", a.Id), ("$title", a.Title), ("$date", a.Date), ("$lang", a.Lang), ("$url", a.Url), ("$source", a.Source), ("$text", a.Text),
                ("$hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(a.Text)))));
        }

        var entities = new Dictionary<string, (Entity First, HashSet<string> Aliases, Dictionary<string, string> Labels)>(StringComparer.Ordinal);
        foreach (var e in statements.SelectMany(s => new[] { s.Subject, s.Object, s.AttributedTo, s.DeniedBy }).OfType<Entity>())
        {
            if (!entities.TryGetValue(e.Id, out var seen))
            {
                seen = (e, new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));
                entities[e.Id] = seen;
            }

            seen.Aliases.UnionWith(e.Aliases);
            foreach (var (lang, label) in e.Labels)
            {
                seen.Labels.TryAdd(lang, label);
            }
        }

        foreach (var (id, (e, aliases, labels)) in entities)
        {
            Exec(connection, tx, "INSERT INTO entities(id, name, type, labels_json) VALUES ($id, $name, $type, $labels)",
                ("$id", id), ("$name", e.Name), ("$type", e.Type.ToSchemaName()), ("$labels", JsonConvert.SerializeObject(labels)));
            var names = new[] { (e.Name, "name") }.Concat(labels.Values.Select(l => (l, "label"))).Concat(aliases.Order(StringComparer.Ordinal).Select(a => (a, "alias")));
            foreach (var (name, kind) in names)
            {
                Exec(connection, tx, "INSERT OR IGNORE INTO entity_names(entity_id, name, norm, kind) VALUES ($id, $name, $norm, $kind)",
                    ("$id", id), ("$name", name), ("$norm", NameKey.Of(name)), ("$kind", kind));
            }
        }

        foreach (var s in statements)
        {
            var qualifiers = s.Qualifiers.Where(q => q.Key != "time").ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal);
            Exec(connection, tx,
                "INSERT OR IGNORE INTO statements(id, article_id, subject_id, predicate, object_id, status, attributed_to, denied_by, time, qualifiers_json, sentence, start, \"end\", evidence, rule, confidence) " +
                "VALUES ($id, $article, $s, $p, $o, $status, $by, $denied, $time, $q, $sentence, $start, $end, $evidence, $rule, $confidence)",
                ("$id", s.Id), ("$article", s.ArticleId), ("$s", s.Subject.Id), ("$p", s.Predicate.ToSchemaName()), ("$o", s.Object.Id),
                ("$status", s.Status.ToSchemaName()), ("$by", s.AttributedTo?.Id), ("$denied", s.DeniedBy?.Id), ("$time", s.Qualifiers.GetValueOrDefault("time")),
                ("$q", JsonConvert.SerializeObject(qualifiers)), ("$sentence", s.Evidence.Sentence), ("$start", s.Evidence.Start), ("$end", s.Evidence.End),
                ("$evidence", s.Evidence.Text), ("$rule", s.RuleId), ("$confidence", s.Confidence));
        }

        tx.Commit();
    }

    private static void Exec(SqliteConnection c, SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (n, v) in parameters)
        {
            command.Parameters.AddWithValue(n, v ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
