using GeoGraph.Bolt;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// <see cref="ICypherTransactor"/> over the project's Bolt driver: one session for the transactor's lifetime (so each
/// transaction follows the bookmark of the one before), managed write transactions with the driver's retry logic.
/// </summary>
internal sealed class DriverCypherTransactor : ICypherTransactor
{
    private readonly IDriver _driver;
    private readonly string? _database;
    private readonly bool _ownsDriver;
    private IAsyncSession? _session;

    /// <summary>Wraps a driver.</summary>
    /// <param name="driver">The driver.</param>
    /// <param name="database">The database, or null for the server's default.</param>
    /// <param name="ownsDriver">Whether disposing the transactor disposes the driver.</param>
    public DriverCypherTransactor(IDriver driver, string? database, bool ownsDriver)
    {
        _driver = driver;
        _database = database;
        _ownsDriver = ownsDriver;
    }

    public Task<T> ExecuteWriteAsync<T>(Func<ICypherRunner, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Session.ExecuteWriteAsync(tx => work(new Runner(tx), cancellationToken), null, cancellationToken);

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAutoCommitAsync(
        string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        await Runner.RunAsync(Session, query, parameters, cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync().ConfigureAwait(false);
            _session = null;
        }

        if (_ownsDriver)
        {
            await _driver.DisposeAsync().ConfigureAwait(false);
        }
    }

    private IAsyncSession Session => _session ??= _driver.AsyncSession(b =>
    {
        if (_database is not null)
        {
            b.WithDatabase(_database);
        }
    });

    private sealed class Runner(IAsyncQueryRunner runner) : ICypherRunner
    {
        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(
            string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
            RunAsync(runner, query, parameters, cancellationToken);

        public static async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(
            IAsyncQueryRunner runner, string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
        {
            var map = parameters as IDictionary<string, object?> ?? new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
            var cursor = await runner.RunAsync(query, map, cancellationToken).ConfigureAwait(false);
            var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
            if (records.Count == 0)
            {
                return [];
            }

            var result = new List<IReadOnlyDictionary<string, object?>>(records.Count);
            foreach (var record in records)
            {
                var row = new Dictionary<string, object?>(record.Keys.Count, StringComparer.Ordinal);
                for (var i = 0; i < record.Keys.Count; i++)
                {
                    row[record.Keys[i]] = record.Values[i];
                }

                result.Add(row);
            }

            return result;
        }
    }
}
