namespace GeoGraph.Queries.Results;

/// <summary>One path between two entities.</summary>
/// <param name="Nodes">The entities along the path, from start to end.</param>
/// <param name="Steps">The relations between consecutive nodes (one fewer than the nodes).</param>
public sealed record GraphPath(IReadOnlyList<EntityRef> Nodes, IReadOnlyList<PathStep> Steps)
{
    /// <summary>The number of hops.</summary>
    public int Hops => Steps.Count;

    /// <summary>A readable key, e.g. <c>person:a -LEADS- country:b</c>; equal paths have equal keys.</summary>
    public string Key => string.Concat(Nodes.Select((n, i) => i == 0 ? n.Id : $" -{Steps[i - 1].Predicate}- {n.Id}"));
}
