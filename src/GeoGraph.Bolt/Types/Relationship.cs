using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>A relationship with its end nodes: Bolt's Relationship structure ('R'), or one step of a path.</summary>
/// <remarks>Equal when <see cref="ElementId"/> is equal, as in Neo4j's drivers.</remarks>
public sealed class Relationship : IEquatable<Relationship>
{
    /// <summary>Creates a relationship.</summary>
    /// <param name="id">Legacy numeric id.</param>
    /// <param name="elementId">Element id; before Bolt 5.0 the numeric id as text.</param>
    /// <param name="startNodeId">Numeric id of the start node.</param>
    /// <param name="startNodeElementId">Element id of the start node.</param>
    /// <param name="endNodeId">Numeric id of the end node.</param>
    /// <param name="endNodeElementId">Element id of the end node.</param>
    /// <param name="type">Relationship type.</param>
    /// <param name="properties">Properties.</param>
    public Relationship(
        long id,
        string elementId,
        long startNodeId,
        string startNodeElementId,
        long endNodeId,
        string endNodeElementId,
        string type,
        IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(elementId);
        ArgumentNullException.ThrowIfNull(startNodeElementId);
        ArgumentNullException.ThrowIfNull(endNodeElementId);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(properties);
        Id = id;
        ElementId = elementId;
        StartNodeId = startNodeId;
        StartNodeElementId = startNodeElementId;
        EndNodeId = endNodeId;
        EndNodeElementId = endNodeElementId;
        Type = type;
        Properties = properties;
    }

    /// <summary>Creates a relationship without element ids (Bolt before 5.0): the ids as text stand in.</summary>
    /// <param name="id">Numeric id.</param>
    /// <param name="startNodeId">Numeric id of the start node.</param>
    /// <param name="endNodeId">Numeric id of the end node.</param>
    /// <param name="type">Relationship type.</param>
    /// <param name="properties">Properties.</param>
    public Relationship(long id, long startNodeId, long endNodeId, string type, IReadOnlyDictionary<string, object?> properties)
        : this(id, Text(id), startNodeId, Text(startNodeId), endNodeId, Text(endNodeId), type, properties)
    {
    }

    /// <summary>Legacy numeric id.</summary>
    public long Id { get; }

    /// <summary>Element id.</summary>
    public string ElementId { get; }

    /// <summary>Numeric id of the start node.</summary>
    public long StartNodeId { get; }

    /// <summary>Element id of the start node.</summary>
    public string StartNodeElementId { get; }

    /// <summary>Numeric id of the end node.</summary>
    public long EndNodeId { get; }

    /// <summary>Element id of the end node.</summary>
    public string EndNodeElementId { get; }

    /// <summary>Relationship type, e.g. MEMBER_OF.</summary>
    public string Type { get; }

    /// <summary>Properties.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; }

    /// <inheritdoc/>
    public bool Equals(Relationship? other) => other is not null && string.Equals(ElementId, other.ElementId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Relationship);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ElementId);

    /// <summary>Cypher-like form, e.g. (1)-[7:MEMBER_OF]->(2).</summary>
    /// <returns>The relationship as text.</returns>
    public override string ToString() => $"({StartNodeElementId})-[{ElementId}:{Type}]->({EndNodeElementId})";

    private static string Text(long id) => id.ToString(CultureInfo.InvariantCulture);
}
