using GeoGraph.Bolt;

namespace GeoGraph.Storage.Neo4j;

/// <summary>The graph schema of <c>cypher/schema.cypher</c>: constraints, indexes and the full-text name index.</summary>
public static class Neo4jSchema
{
    /// <summary>The schema statements in file order; each is idempotent (<c>IF NOT EXISTS</c>).</summary>
    public static IReadOnlyList<string> Statements => LoadCypher.Schema;

    /// <summary>Applies the schema (what <c>geograph neo4j init</c> does); safe to run any number of times.</summary>
    /// <param name="driver">The Bolt driver.</param>
    /// <param name="database">The database, or null for the server's default.</param>
    /// <param name="cancellationToken">Cancels between and during statements.</param>
    /// <returns>The number of statements run.</returns>
    public static async Task<int> ApplyAsync(IDriver driver, string? database = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var transactor = new DriverCypherTransactor(driver, database, ownsDriver: false);
        await using (transactor.ConfigureAwait(false))
        {
            return await ApplyAsync(transactor, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Applies the schema, one auto-commit transaction per statement (Neo4j runs schema commands alone).</summary>
    /// <param name="transactor">Where to run them.</param>
    /// <param name="cancellationToken">Cancels between and during statements.</param>
    /// <returns>The number of statements run.</returns>
    internal static async Task<int> ApplyAsync(ICypherTransactor transactor, CancellationToken cancellationToken)
    {
        var empty = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var statement in Statements)
        {
            await transactor.RunAutoCommitAsync(statement, empty, cancellationToken).ConfigureAwait(false);
        }

        return Statements.Count;
    }
}
