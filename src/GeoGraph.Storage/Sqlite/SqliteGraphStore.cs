using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Text;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file with the tables of <c>schema.sql</c>, written in WAL mode with one
/// transaction per batch and prepared commands reused across rows. Writes are idempotent: statement ids are content
/// hashes, an article whose text hash is already stored is skipped, and an article whose text changed has its old
/// statements replaced. One instance is one writer; calls must not overlap.
/// </summary>
public sealed class SqliteGraphStore : IGraphSink
{
    /// <summary>The store file used when none is given.</summary>
    public const string DefaultPath = "geograph.db";

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, EntityState> _entities = new(StringComparer.Ordinal);
    private readonly Command _selectArticleHash;
    private readonly Command _upsertArticle;
    private readonly Command _deleteStatements;
    private readonly Command _selectEntity;
    private readonly Command _upsertEntity;
    private readonly Command _insertName;
    private readonly Command _insertStatement;
    private readonly Command[] _commands;

    private SqliteGraphStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
        _selectArticleHash = new(connection, "SELECT text_hash FROM articles WHERE id = $id", "$id");
        _upsertArticle = new(
            connection,
            """
            INSERT INTO articles(id, title, date, lang, url, source, text, text_hash, ingested_at)
            VALUES($id, $title, $date, $lang, $url, $source, $text, $hash, $at)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, date = excluded.date, lang = excluded.lang, url = excluded.url,
              source = excluded.source, text = excluded.text, text_hash = excluded.text_hash, ingested_at = excluded.ingested_at
            """,
            "$id", "$title", "$date", "$lang", "$url", "$source", "$text", "$hash", "$at");
        _deleteStatements = new(connection, "DELETE FROM statements WHERE article_id = $id", "$id");
        _selectEntity = new(connection, "SELECT name, type, labels_json FROM entities WHERE id = $id", "$id");
        _upsertEntity = new(
            connection,
            """
            INSERT INTO entities(id, name, type, labels_json) VALUES($id, $name, $type, $labels)
            ON CONFLICT(id) DO UPDATE SET labels_json = excluded.labels_json
            """,
            "$id", "$name", "$type", "$labels");
        _insertName = new(connection, "INSERT OR IGNORE INTO entity_names(entity_id, name, norm, kind) VALUES($id, $name, $norm, $kind)", "$id", "$name", "$norm", "$kind");
        _insertStatement = new(
            connection,
            """
            INSERT INTO statements(id, article_id, subject_id, predicate, object_id, status, attributed_to, denied_by, time,
              qualifiers_json, sentence, start, "end", evidence, rule, confidence)
            VALUES($id, $article, $subject, $predicate, $object, $status, $attributed, $denied, $time,
              $qualifiers, $sentence, $start, $end, $evidence, $rule, $confidence)
            ON CONFLICT(id) DO NOTHING
            """,
            "$id", "$article", "$subject", "$predicate", "$object", "$status", "$attributed", "$denied", "$time",
            "$qualifiers", "$sentence", "$start", "$end", "$evidence", "$rule", "$confidence");
        _commands = [_selectArticleHash, _upsertArticle, _deleteStatements, _selectEntity, _upsertEntity, _insertName, _insertStatement];
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The schema the store creates, as embedded in this assembly (<c>Sqlite/schema.sql</c>).</summary>
    public static string SchemaSql { get; } = LoadSchema();

    /// <summary>Opens a store, creating the file and its tables when missing.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open store; dispose it to close the file.</returns>
    public static async Task<SqliteGraphStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(ConnectionString(full, readOnly: false));
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var schema = connection.CreateCommand())
            {
                // WAL with synchronous=NORMAL: a crash may lose the last committed batch but never corrupts the file,
                // and each commit costs no fsync, which is what makes batched loading fast.
                schema.CommandText = SchemaSql + "\nPRAGMA synchronous = NORMAL;";
                await schema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new SqliteGraphStore(full, connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The connection string for a store file. Pooling is off so a disposed store releases the file.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="readOnly">Open read-only (queries).</param>
    /// <returns>The connection string.</returns>
    public static string ConnectionString(string path, bool readOnly) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        ForeignKeys = true,
    }.ToString();

    /// <summary>Deletes a store file with its WAL and shared-memory files, for a fresh store.</summary>
    /// <param name="path">The SQLite file.</param>
    public static void Delete(string path)
    {
        foreach (var file in (string[])[path, path + "-wal", path + "-shm", path + "-journal"])
        {
            File.Delete(file);
        }
    }

    /// <summary>The SHA-256 of an article text as lower-case hex, as stored in <c>articles.text_hash</c>.</summary>
    /// <param name="text">The article text.</param>
    /// <returns>64 hex characters.</returns>
    public static string TextHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <inheritdoc />
    /// <remarks>
    /// Microsoft.Data.Sqlite has no asynchronous I/O (its async methods complete synchronously), so the batch runs on the
    /// calling thread; the returned task is already complete.
    /// </remarks>
    public Task<SinkResult> WriteAsync(IReadOnlyList<ArticleStatements> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        try
        {
            return Task.FromResult(Write(batch, cancellationToken));
        }
        catch (Exception e)
        {
            return Task.FromException<SinkResult>(e);
        }
    }

    /// <summary>Counts what the store holds.</summary>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The summary.</returns>
    public async Task<StoreSummary> SummarizeAsync(CancellationToken cancellationToken = default) =>
        await SummarizeAsync(_connection, cancellationToken).ConfigureAwait(false);

    /// <summary>Counts what the store behind an open connection holds.</summary>
    /// <param name="connection">An open connection to a store file.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The summary.</returns>
    public static async Task<StoreSummary> SummarizeAsync(SqliteConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM articles";
        var articles = Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var types = await PairsAsync(connection, "SELECT type, count(*) FROM entities GROUP BY type ORDER BY type", cancellationToken).ConfigureAwait(false);
        var predicates = await PairsAsync(connection, "SELECT predicate, count(*) AS n FROM statements GROUP BY predicate ORDER BY n DESC, predicate", cancellationToken).ConfigureAwait(false);
        return new StoreSummary(articles, types, predicates);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private SinkResult Write(IReadOnlyList<ArticleStatements> batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var tx = _connection.BeginTransaction();
        foreach (var command in _commands)
        {
            command.Sql.Transaction = tx;
        }

        try
        {
            int written = 0, unchanged = 0, statements = 0;
            var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            foreach (var (article, extracted) in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var hash = TextHash(article.Text);
                var stored = _selectArticleHash.Bind(article.Id).Sql.ExecuteScalar() as string;
                if (string.Equals(stored, hash, StringComparison.Ordinal))
                {
                    unchanged++;
                    continue;
                }

                if (stored is not null)
                {
                    _deleteStatements.Bind(article.Id).Sql.ExecuteNonQuery();
                }

                _upsertArticle.Bind(article.Id, article.Title, article.Date, article.Lang, article.Url, article.Source, article.Text, hash, now).Sql.ExecuteNonQuery();
                written++;
                foreach (var s in extracted)
                {
                    if (!string.Equals(s.ArticleId, article.Id, StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"statement {s.Id} belongs to article '{s.ArticleId}', not '{article.Id}'", nameof(batch));
                    }

                    statements += WriteStatement(s);
                }
            }

            tx.Commit();
            return new SinkResult(written, unchanged, statements);
        }
        catch
        {
            tx.Rollback();

            // The cache may hold merges from the rolled-back transaction; the database is the truth again.
            _entities.Clear();
            throw;
        }
        finally
        {
            foreach (var command in _commands)
            {
                command.Sql.Transaction = null;
            }
        }
    }

    private int WriteStatement(Statement s)
    {
        EnsureEntity(s.Subject);
        EnsureEntity(s.Object);
        if (s.AttributedTo is not null)
        {
            EnsureEntity(s.AttributedTo);
        }

        if (s.DeniedBy is not null)
        {
            EnsureEntity(s.DeniedBy);
        }

        var e = s.Evidence;
        return _insertStatement.Bind(
            s.Id,
            s.ArticleId,
            s.Subject.Id,
            s.Predicate.ToSchemaName(),
            s.Object.Id,
            s.Status.ToSchemaName(),
            s.AttributedTo?.Id,
            s.DeniedBy?.Id,
            s.Qualifiers.TryGetValue("time", out var time) ? time : null,
            s.Qualifiers.Count == 0 ? "{}" : ToJson(s.Qualifiers),
            e.Sentence,
            e.Start,
            e.End,
            e.Text,
            s.RuleId,
            s.Confidence).Sql.ExecuteNonQuery();
    }

    private void EnsureEntity(Entity entity)
    {
        var changed = false;
        if (!_entities.TryGetValue(entity.Id, out var state))
        {
            state = LoadEntity(entity.Id);
            changed = state is null;
            state ??= new EntityState(entity.Name, entity.Type.ToSchemaName(), new SortedDictionary<string, string>(StringComparer.Ordinal));
            _entities.Add(entity.Id, state);
        }

        // Labels merge: a language the row lacks is added; a language it has keeps its first label, so re-ingesting
        // in another order does not flip names back and forth.
        foreach (var (lang, label) in entity.Labels)
        {
            if (!string.IsNullOrWhiteSpace(label) && state.Labels.TryAdd(lang, label))
            {
                changed = true;
            }
        }

        if (changed)
        {
            _upsertEntity.Bind(entity.Id, state.Name, state.Type, ToJson(state.Labels)).Sql.ExecuteNonQuery();
        }

        AddName(entity.Id, state, entity.Name, "name");
        foreach (var label in entity.Labels.Values)
        {
            AddName(entity.Id, state, label, "label");
        }

        foreach (var alias in entity.Aliases)
        {
            AddName(entity.Id, state, alias, "alias");
        }
    }

    private void AddName(string id, EntityState state, string name, string kind)
    {
        var norm = NameKey.Of(name);
        if (norm.Length > 0 && state.Norms.Add(norm))
        {
            _insertName.Bind(id, name, norm, kind).Sql.ExecuteNonQuery();
        }
    }

    private EntityState? LoadEntity(string id)
    {
        using var reader = _selectEntity.Bind(id).Sql.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (JsonConvert.DeserializeObject<JObject>(reader.GetString(2)) is { } json)
        {
            foreach (var p in json.Properties())
            {
                if (p.Value.Type == JTokenType.String)
                {
                    labels[p.Name] = p.Value.Value<string>()!;
                }
            }
        }

        return new EntityState(reader.GetString(0), reader.GetString(1), labels);
    }

    private static string ToJson(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(sw))
        {
            json.WriteStartObject();
            foreach (var (k, v) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(k);
                json.WriteValue(v);
            }

            json.WriteEndObject();
        }

        return sw.ToString();
    }

    private static async Task<IReadOnlyList<KeyValuePair<string, long>>> PairsAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var pairs = new List<KeyValuePair<string, long>>();
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            pairs.Add(new(reader.GetString(0), reader.GetInt64(1)));
        }

        return pairs;
    }

    private static string LoadSchema()
    {
        using var stream = typeof(SqliteGraphStore).Assembly.GetManifestResourceStream("GeoGraph.Storage.schema.sql")
            ?? throw new InvalidOperationException("schema.sql is not embedded in GeoGraph.Storage");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
