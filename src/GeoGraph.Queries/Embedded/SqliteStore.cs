using Microsoft.Data.Sqlite;

namespace GeoGraph.Queries.Embedded;

/// <summary>
/// One read connection to the embedded store. SQLite connections are not thread-safe, so reads are serialised; the
/// library only reads, and <c>PRAGMA query_only</c> makes sure a query can never change the store (a read-only open
/// would fail on a WAL database whose -shm file is gone).
/// </summary>
internal sealed class SqliteStore : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    public SqliteStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no embedded store at '{path}'; create one with 'geograph ingest'.", path);
        }

        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA query_only = ON";
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a read on the connection, one at a time.</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return read(connection);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync().ConfigureAwait(false);
        gate.Dispose();
    }
}
