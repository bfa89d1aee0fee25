using GeoGraph.Bolt;

namespace GeoGraph.Queries.Neo4j;

/// <summary>
/// Runs the library's read queries over the project's Bolt driver: one read session and managed read transaction per
/// query, so the driver's retry policy covers transient failures and a cluster may route reads to followers.
/// </summary>
internal sealed class BoltCypherRunner(IDriver driver, string? database, bool ownsDriver) : ICypherRunner
{
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        var session = driver.AsyncSession(b =>
        {
            b.WithDefaultAccessMode(AccessMode.Read);
            if (database is not null)
            {
                b.WithDatabase(database);
            }
        });
        await using (session.ConfigureAwait(false))
        {
            var parameterMap = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            return await session.ExecuteReadAsync<IReadOnlyList<IReadOnlyDictionary<string, object?>>>(async tx =>
            {
                var cursor = await tx.RunAsync(query, parameterMap, cancellationToken).ConfigureAwait(false);
                var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
                return records.Select(r =>
                {
                    var row = new Dictionary<string, object?>(r.Keys.Count, StringComparer.Ordinal);
                    for (var i = 0; i < r.Keys.Count; i++)
                    {
                        row[r.Keys[i]] = r.Values[i];
                    }

                    return (IReadOnlyDictionary<string, object?>)row;
                }).ToList();
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => ownsDriver ? driver.DisposeAsync() : ValueTask.CompletedTask;
}
