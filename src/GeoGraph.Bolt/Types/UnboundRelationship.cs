using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>
/// A relationship without its end nodes, as paths carry them on the wire: Bolt's UnboundRelationship ('r').
/// The reader binds them into <see cref="Relationship"/> values when it builds a <see cref="Path"/>.
/// </summary>
public sealed class UnboundRelationship : IEquatable<UnboundRelationship>
{
    /// <summary>Creates an unbound relationship.</summary>
    /// <param name="id">Legacy numeric id.</param>
    /// <param name="elementId">Element id; before Bolt 5.0 the numeric id as text.</param>
    /// <param name="type">Relationship type.</param>
    /// <param name="properties">Properties.</param>
    public UnboundRelationship(long id, string elementId, string type, IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(elementId);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(properties);
        Id = id;
        ElementId = elementId;
        Type = type;
        Properties = properties;
    }

    /// <summary>Creates an unbound relationship without an element id (Bolt before 5.0).</summary>
    /// <param name="id">Numeric id.</param>
    /// <param name="type">Relationship type.</param>
    /// <param name="properties">Properties.</param>
    public UnboundRelationship(long id, string type, IReadOnlyDictionary<string, object?> properties)
        : this(id, id.ToString(CultureInfo.InvariantCulture), type, properties)
    {
    }

    /// <summary>Legacy numeric id.</summary>
    public long Id { get; }

    /// <summary>Element id.</summary>
    public string ElementId { get; }

    /// <summary>Relationship type.</summary>
    public string Type { get; }

    /// <summary>Properties.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; }

    /// <summary>Binds this relationship to its start and end nodes.</summary>
    /// <param name="start">Start node.</param>
    /// <param name="end">End node.</param>
    /// <returns>The bound relationship.</returns>
    public Relationship Bind(Node start, Node end)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        return new Relationship(Id, ElementId, start.Id, start.ElementId, end.Id, end.ElementId, Type, Properties);
    }

    /// <inheritdoc/>
    public bool Equals(UnboundRelationship? other) => other is not null && string.Equals(ElementId, other.ElementId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UnboundRelationship);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ElementId);

    /// <summary>Cypher-like form, e.g. [7:MEMBER_OF].</summary>
    /// <returns>The relationship as text.</returns>
    public override string ToString() => $"[{ElementId}:{Type}]";
}
