using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>A node as returned by the server: Bolt's Node structure ('N').</summary>
/// <remarks>Equal when <see cref="ElementId"/> is equal, as in Neo4j's drivers: the same node read twice.</remarks>
public sealed class Node : IEquatable<Node>
{
    /// <summary>Creates a node.</summary>
    /// <param name="id">Legacy numeric id.</param>
    /// <param name="elementId">Element id (Bolt 5.0+); before 5.0 the numeric id as text.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="properties">Properties.</param>
    public Node(long id, string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(elementId);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(properties);
        Id = id;
        ElementId = elementId;
        Labels = labels;
        Properties = properties;
    }

    /// <summary>Creates a node without an element id (Bolt before 5.0): the id as text stands in for it.</summary>
    /// <param name="id">Numeric id.</param>
    /// <param name="labels">Labels.</param>
    /// <param name="properties">Properties.</param>
    public Node(long id, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
        : this(id, id.ToString(CultureInfo.InvariantCulture), labels, properties)
    {
    }

    /// <summary>Legacy numeric id (deprecated by Neo4j 5 in favour of <see cref="ElementId"/>).</summary>
    public long Id { get; }

    /// <summary>Element id.</summary>
    public string ElementId { get; }

    /// <summary>Labels.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Properties.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; }

    /// <inheritdoc/>
    public bool Equals(Node? other) => other is not null && string.Equals(ElementId, other.ElementId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Node);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ElementId);

    /// <summary>Cypher-like form, e.g. (4:Country:Member).</summary>
    /// <returns>The node as text.</returns>
    public override string ToString() => $"({ElementId}{string.Concat(Labels.Select(l => ":" + l))})";
}
