namespace GeoGraph.Bolt;

/// <summary>
/// An alternating walk of nodes and relationships: Bolt's Path structure ('P'), which the reader expands from its
/// wire form (distinct nodes, distinct unbound relationships, index sequence) into the walk itself.
/// </summary>
public sealed class Path
{
    /// <summary>Creates a path from its walk.</summary>
    /// <param name="nodes">Nodes in walk order, one more than relationships; may repeat.</param>
    /// <param name="relationships">Relationships in walk order, each joining the nodes either side (either direction).</param>
    public Path(IReadOnlyList<Node> nodes, IReadOnlyList<Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        if (nodes.Count != relationships.Count + 1)
        {
            throw new ArgumentException($"A path has one node more than relationships; got {nodes.Count} nodes and {relationships.Count} relationships.", nameof(nodes));
        }

        Nodes = nodes;
        Relationships = relationships;
    }

    /// <summary>Nodes in walk order.</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>Relationships in walk order.</summary>
    public IReadOnlyList<Relationship> Relationships { get; }

    /// <summary>First node.</summary>
    public Node Start => Nodes[0];

    /// <summary>Last node.</summary>
    public Node End => Nodes[^1];

    /// <summary>Cypher-like form, e.g. (1)-[7:R]->(2).</summary>
    /// <returns>The path as text.</returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder(Nodes[0].ToString());
        for (int i = 0; i < Relationships.Count; i++)
        {
            var r = Relationships[i];
            bool forward = string.Equals(r.StartNodeElementId, Nodes[i].ElementId, StringComparison.Ordinal);
            text.Append(forward ? "-" : "<-").Append('[').Append(r.ElementId).Append(':').Append(r.Type).Append(']')
                .Append(forward ? "->" : "-").Append(Nodes[i + 1]);
        }

        return text.ToString();
    }
}
