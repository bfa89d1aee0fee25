using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// A prepared command whose parameters are created once and rebound per row: SQLite compiles the statement once and
/// each row only binds values, which is most of the speed of batched loading.
/// </summary>
internal sealed class Command : IDisposable
{
    private readonly SqliteParameter[] _parameters;

    public Command(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        Sql = connection.CreateCommand();
        Sql.CommandText = sql;
        _parameters = new SqliteParameter[parameterNames.Length];
        for (var i = 0; i < parameterNames.Length; i++)
        {
            _parameters[i] = Sql.Parameters.Add(new SqliteParameter { ParameterName = parameterNames[i], Value = DBNull.Value });
        }
    }

    public SqliteCommand Sql { get; }

    /// <summary>Binds the values in parameter order; null becomes SQL NULL.</summary>
    /// <param name="values">One value per parameter.</param>
    /// <returns>This command, to execute.</returns>
    public Command Bind(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"expected {_parameters.Length} values, found {values.Length}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return this;
    }

    public void Dispose() => Sql.Dispose();
}
