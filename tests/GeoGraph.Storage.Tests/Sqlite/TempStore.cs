using System.Globalization;
using GeoGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Tests.Sqlite;

/// <summary>A store in a fresh temporary file, deleted afterwards, with helpers to read its tables directly.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private TempStore(string path, SqliteGraphStore store)
    {
        Path = path;
        Store = store;
    }

    public string Path { get; }

    public SqliteGraphStore Store { get; private set; }

    public static async Task<TempStore> CreateAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"geograph-test-{Guid.NewGuid():N}.db");
        return new TempStore(path, await SqliteGraphStore.OpenAsync(path));
    }

    /// <summary>Closes and reopens the store, as a second process run would.</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = await SqliteGraphStore.OpenAsync(Path);
    }

    public long Count(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(Scalar(sql, parameters), CultureInfo.InvariantCulture);

    public object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var c = new SqliteConnection(SqliteGraphStore.ConnectionString(Path, readOnly: true));
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        return cmd.ExecuteScalar();
    }

    public List<string[]> Rows(string sql, params (string Name, object Value)[] parameters)
    {
        using var c = new SqliteConnection(SqliteGraphStore.ConnectionString(Path, readOnly: true));
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        using var r = cmd.ExecuteReader();
        var rows = new List<string[]>();
        while (r.Read())
        {
            rows.Add(Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "<null>" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        SqliteGraphStore.Delete(Path);
    }
}
