using System.Diagnostics;
using System.Globalization;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Text;
using GeoGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Benchmarks.Queries;

/// <summary>
/// A synthetic embedded store for the query benchmark: N entities of the seven types, M statements between random
/// pairs over the 33 predicates, spread over articles of 100 statements. Written once with prepared commands in one
/// transaction and reused across runs (the meta table records its size).
/// </summary>
internal static class SyntheticStore
{
    public const int StatementsPerArticle = 100;

    /// <summary>The name of entity <paramref name="i"/>: unique, and with an alias, like real entities.</summary>
    public static string Name(int i) => "Entity " + i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of entity <paramref name="i"/>.</summary>
    public static string Id(int i) => "e:" + i.ToString(CultureInfo.InvariantCulture);

    public static string Ensure(string path, int entities, int statements, TextWriter log)
    {
        var version = $"{entities}/{statements}/1";
        if (File.Exists(path) && ReadVersion(path) == version)
        {
            log.WriteLine($"reusing {path} ({entities:N0} entities, {statements:N0} statements)");
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        SqliteGraphStore.Delete(path);
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Exec(connection, SqliteGraphStore.SchemaSql);
        // Bulk load: no fsync per page, a big cache; the indexes of schema.sql are created with the tables, which is
        // slower than building them afterwards but keeps the file exactly what the schema says.
        Exec(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA temp_store = MEMORY;");
        using var tx = connection.BeginTransaction();
        var types = RelationSchema.EntityTypeNames;
        var predicates = RelationSchema.Predicates.Select(p => p.Name).ToArray();
        using (var entity = Prepare(connection, tx, "INSERT INTO entities(id, name, type, labels_json) VALUES($1, $2, $3, $4)", 4))
        using (var name = Prepare(connection, tx, "INSERT INTO entity_names(entity_id, name, norm, kind) VALUES($1, $2, $3, $4)", 4))
        {
            for (var i = 0; i < entities; i++)
            {
                var n = Name(i);
                Run(entity, Id(i), n, types[i % types.Count], "{\"en\":\"" + n + "\"}");
                Run(name, Id(i), n, NameKey.Of(n), "name");
                var alias = "E" + i.ToString("x", CultureInfo.InvariantCulture);
                Run(name, Id(i), alias, NameKey.Of(alias), "alias");
            }
        }

        var random = new Random(20261129);
        using (var article = Prepare(connection, tx, "INSERT INTO articles(id, title, date, lang, url, source, text, text_hash, ingested_at) VALUES($1, $2, $3, 'en', NULL, 'synthetic', 'x', $4, '2026-01-01T00:00:00Z')", 4))
        using (var statement = Prepare(connection, tx,
            "INSERT INTO statements(id, article_id, subject_id, predicate, object_id, status, time, qualifiers_json, sentence, start, \"end\", evidence, rule, confidence) " +
            "VALUES($1, $2, $3, $4, $5, $6, $7, '{}', $8, 0, 1, 'x', 'synthetic', 0.9)", 8))
        {
            var articleId = string.Empty;
            for (var s = 0; s < statements; s++)
            {
                if (s % StatementsPerArticle == 0)
                {
                    articleId = "a" + (s / StatementsPerArticle).ToString(CultureInfo.InvariantCulture);
                    var date = new DateOnly(2015, 1, 1).AddDays(random.Next(3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    Run(article, articleId, "Article " + articleId, date, articleId);
                }

                var subject = random.Next(entities);
                var obj = random.Next(entities - 1);
                obj += obj >= subject ? 1 : 0;
                var status = random.Next(10) switch { 0 => "reported", 1 => "planned", _ => "asserted" };
                var time = random.Next(5) == 0 ? "2020-0" + (1 + random.Next(9)).ToString(CultureInfo.InvariantCulture) : null;
                Run(statement, s.ToString("x16", CultureInfo.InvariantCulture), articleId, Id(subject), predicates[random.Next(predicates.Length)], Id(obj), status, time, s % StatementsPerArticle);
            }
        }

        using (var meta = Prepare(connection, tx, "INSERT OR REPLACE INTO meta(key, value) VALUES('benchmark', $1)", 1))
        {
            Run(meta, version);
        }

        tx.Commit();
        log.WriteLine($"generated {path}: {entities:N0} entities, {statements:N0} statements in {watch.Elapsed.TotalSeconds:0.0} s ({new FileInfo(path).Length / 1e6:0} MB)");
        return path;
    }

    private static string? ReadVersion(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = 'benchmark'";
            return command.ExecuteScalar() as string;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction tx, string sql, int parameters)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
