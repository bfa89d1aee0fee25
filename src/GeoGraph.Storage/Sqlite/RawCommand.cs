using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// A statement prepared once on the connection's native handle and rebound by index per row. Microsoft.Data.Sqlite
/// builds a data reader and looks parameters up by name on every execution, which costs more than SQLite's own insert
/// for a narrow row; this is the hot path of loading (one per statement), so it talks to SQLite directly. It runs in
/// whatever transaction the connection has open.
/// </summary>
internal sealed class RawCommand : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public RawCommand(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _stmt);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Binds text, or NULL for null. Indexes are one-based, in the order of the SQL's parameters.</summary>
    /// <param name="index">The parameter index.</param>
    /// <param name="value">The value.</param>
    /// <remarks>Bound as UTF-16 straight from the string: SQLite converts natively, with no managed UTF-8 copy per value.</remarks>
    public void Text(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_stmt, index) : raw.sqlite3_bind_text16(_stmt, index, value.AsSpan()));

    /// <summary>Binds an integer.</summary>
    /// <param name="index">The parameter index.</param>
    /// <param name="value">The value.</param>
    public void Int(int index, long value) => Check(raw.sqlite3_bind_int64(_stmt, index, value));

    /// <summary>Binds a real.</summary>
    /// <param name="index">The parameter index.</param>
    /// <param name="value">The value.</param>
    public void Real(int index, double value) => Check(raw.sqlite3_bind_double(_stmt, index, value));

    /// <summary>Runs the statement once and resets it for the next row.</summary>
    /// <returns>The rows changed.</returns>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        var changes = raw.sqlite3_changes(_db);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return changes;
    }

    public void Dispose() => _stmt.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
