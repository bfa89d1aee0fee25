using GeoGraph.Queries.Neo4j;

namespace GeoGraph.Queries.Tests.Support;

/// <summary>A Cypher runner that records every query and answers from a function, for tests without a server.</summary>
internal sealed class RecordingRunner(Func<string, IReadOnlyDictionary<string, object?>, IReadOnlyList<IReadOnlyDictionary<string, object?>>> answer) : ICypherRunner
{
    public List<(string Query, IReadOnlyDictionary<string, object?> Parameters)> Calls { get; } = [];

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(string query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        Calls.Add((query, parameters));
        return Task.FromResult(answer(query, parameters));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
