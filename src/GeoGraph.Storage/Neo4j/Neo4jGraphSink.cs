using GeoGraph.Bolt;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Loads articles and their statements into Neo4j with the queries of <c>cypher/load/</c>, one managed write
/// transaction per batch. Idempotent: everything is MERGEd on its id; an article stored with the same text hash is
/// skipped; an article whose text changed has its statements replaced and the typed relationships of every entity pair
/// it touched (before or after) recomputed. A batch never splits an article, so an article's text hash commits together
/// with all of its statements and a rerun after an interruption redoes exactly the uncommitted articles.
/// </summary>
public sealed class Neo4jGraphSink : IGraphSink
{
    private readonly ICypherTransactor _transactor;
    private readonly Neo4jSinkOptions _options;

    internal Neo4jGraphSink(ICypherTransactor transactor, Neo4jSinkOptions? options = null)
    {
        _transactor = transactor;
        _options = options ?? new Neo4jSinkOptions();
    }

    /// <summary>Creates a sink writing through <paramref name="driver"/>, which the caller keeps and disposes.</summary>
    /// <param name="driver">The Bolt driver.</param>
    /// <param name="database">The database, or null for the server's default.</param>
    /// <param name="options">Batching options.</param>
    /// <returns>The sink.</returns>
    public static Neo4jGraphSink Create(IDriver driver, string? database = null, Neo4jSinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        return new Neo4jGraphSink(new DriverCypherTransactor(driver, database, ownsDriver: false), options);
    }

    /// <summary>
    /// Connects to Neo4j and creates a sink with its own driver, disposed with the sink. Checks the server is reachable
    /// and accepts the credentials first, so a wrong URI or password fails here, once, rather than on every batch.
    /// </summary>
    /// <param name="settings">Where and how to connect.</param>
    /// <param name="options">Batching options.</param>
    /// <param name="cancellationToken">Cancels the connectivity check.</param>
    /// <returns>The sink.</returns>
    /// <exception cref="Neo4jException">The server cannot be reached or refuses the credentials.</exception>
    public static async Task<Neo4jGraphSink> ConnectAsync(Neo4jConnectionSettings settings, Neo4jSinkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var driver = settings.CreateDriver();
        try
        {
            await driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await driver.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new Neo4jGraphSink(new DriverCypherTransactor(driver, settings.Database, ownsDriver: true), options);
    }

    /// <inheritdoc />
    public async Task<SinkResult> WriteAsync(IReadOnlyList<ArticleStatements> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);

        // The same article twice in one call: the later copy wins, as it would in two calls.
        var latest = new Dictionary<string, ArticleStatements>(StringComparer.Ordinal);
        foreach (var item in batch)
        {
            latest[item.Article.Id] = item;
        }

        // Rows are built one batch at a time, just before its transaction, so only one batch of them is alive at once: built
        // all up front, a large load kept every row alive through every transaction and the GC kept promoting and
        // scanning them. A statement of the wrong article still fails the whole call before anything is sent.
        foreach (var item in latest.Values)
        {
            ArticleLoad.CheckStatementsBelong(item);
        }

        var loads = latest.Values.Select(ArticleLoad.Of);
        var total = new SinkResult(0, 0, 0);
        foreach (var group in Batches(loads, _options.BatchSize))
        {
            SinkResult result;
            try
            {
                result = await _transactor.ExecuteWriteAsync((runner, ct) => WriteBatchAsync(runner, group, ct), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Neo4jException e)
            {
                // Retriable errors reach here only once the driver's retries are used up.
                throw new Neo4jLoadException(
                    e.IsRetriable ? $"a write transaction of {group.Count} article(s) (gave up retrying)" : $"a write transaction of {group.Count} article(s)", e);
            }

            total = new SinkResult(
                total.ArticlesWritten + result.ArticlesWritten,
                total.ArticlesUnchanged + result.ArticlesUnchanged,
                total.StatementsWritten + result.StatementsWritten);
        }

        return total;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _transactor.DisposeAsync();

    /// <summary>Groups whole articles into batches of at most <paramref name="batchSize"/> statements.</summary>
    /// <param name="loads">The articles, in input order; enumerated once, as the batches are.</param>
    /// <param name="batchSize">The statement budget of one batch; an article with more gets a batch of its own.</param>
    /// <returns>The batches, in input order.</returns>
    internal static IEnumerable<List<ArticleLoad>> Batches(IEnumerable<ArticleLoad> loads, int batchSize)
    {
        var group = new List<ArticleLoad>();
        var rows = 0;
        foreach (var load in loads)
        {
            // An article without statements still costs a row (its own).
            var cost = Math.Max(1, load.StatementRows.Count);
            if (group.Count > 0 && rows + cost > batchSize)
            {
                yield return group;
                group = [];
                rows = 0;
            }

            group.Add(load);
            rows += cost;
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    /// <summary>
    /// The work of one transaction. It reads the stored hashes first, so a retry after a transient failure decides
    /// afresh what is new; everything else it sends was computed before the transaction.
    /// </summary>
    private static async Task<SinkResult> WriteBatchAsync(ICypherRunner transaction, List<ArticleLoad> group, CancellationToken cancellationToken)
    {
        var runner = new NamingRunner(transaction);
        var ids = group.Select(a => (object?)a.Id).ToList();
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var record in await runner.RunAsync(LoadCypher.ArticleHashes, Parameter("ids", ids), cancellationToken).ConfigureAwait(false))
        {
            if (GraphRows.String(record, "id") is { } id)
            {
                stored[id] = GraphRows.String(record, "text_hash");
            }
        }

        var changed = group
            .Where(a => !stored.TryGetValue(a.Id, out var hash) || !string.Equals(hash, a.TextHash, StringComparison.Ordinal))
            .ToList();
        var unchanged = group.Count - changed.Count;
        if (changed.Count == 0)
        {
            return new SinkResult(0, unchanged, 0);
        }

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in changed.SelectMany(a => a.Entities))
        {
            entities[entity.Id] = entity;
        }

        if (entities.Count > 0)
        {
            var entityRows = entities.Values.Select(e => (object?)GraphRows.Entity(e)).ToList();
            await runner.RunAsync(LoadCypher.Entities, Parameter("rows", entityRows), cancellationToken).ConfigureAwait(false);
        }

        var pairs = new HashSet<EntityPair>();
        var articleRows = changed.Select(a => (object?)a.ArticleRow).ToList();
        foreach (var record in await runner.RunAsync(LoadCypher.Articles, Parameter("rows", articleRows), cancellationToken).ConfigureAwait(false))
        {
            foreach (var pair in DeletedPairs(record))
            {
                pairs.Add(pair);
            }
        }

        var statementRows = changed.SelectMany(a => a.StatementRows).Select(r => (object?)r).ToList();
        if (statementRows.Count > 0)
        {
            await runner.RunAsync(LoadCypher.Statements, Parameter("rows", statementRows), cancellationToken).ConfigureAwait(false);
        }

        foreach (var pair in changed.SelectMany(a => a.Pairs))
        {
            pairs.Add(pair);
        }

        // Schema order keeps the sequence of queries deterministic (tests and server logs read better for it).
        foreach (var byPredicate in pairs.GroupBy(p => p.Predicate).OrderBy(g => g.Key))
        {
            var rows = byPredicate
                .OrderBy(p => p.Subject, StringComparer.Ordinal)
                .ThenBy(p => p.Object, StringComparer.Ordinal)
                .Select(p => (object?)GraphRows.Pair(p))
                .ToList();
            await runner.RunAsync(LoadCypher.Relationship(byPredicate.Key), Parameter("rows", rows), cancellationToken).ConfigureAwait(false);
        }

        return new SinkResult(changed.Count, unchanged, statementRows.Count);
    }

    // The (predicate, subject, object) of each statement articles.cypher deleted. Values come back as Bolt lists and
    // maps; anything unexpected (a statement without a subject, a predicate outside the schema) has no typed
    // relationship to recompute and is skipped.
    private static IEnumerable<EntityPair> DeletedPairs(IReadOnlyDictionary<string, object?> record)
    {
        if (!record.TryGetValue("deleted", out var value) || value is not System.Collections.IEnumerable list || value is string)
        {
            yield break;
        }

        foreach (var item in list)
        {
            if (item is not IReadOnlyDictionary<string, object?> map)
            {
                continue;
            }

            var predicate = GraphRows.String(map, "predicate");
            var subject = GraphRows.String(map, "subject");
            var obj = GraphRows.String(map, "object");
            if (predicate is not null && subject is not null && obj is not null && RelationSchema.TryParsePredicate(predicate, out var p))
            {
                yield return EntityPair.Of(p, subject, obj);
            }
        }
    }

    // Names the load file in a non-retriable server error. Retriable errors pass through untouched: the driver's retry
    // logic must still see them for what they are.
    private sealed class NamingRunner(ICypherRunner inner) : ICypherRunner
    {
        public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(
            string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
        {
            try
            {
                return await inner.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (!e.IsRetriable)
            {
                throw new Neo4jLoadException(LoadCypher.NameOf(query), e);
            }
        }
    }

    private static Dictionary<string, object?> Parameter(string name, object? value) =>
        new(1, StringComparer.Ordinal) { [name] = value };
}
