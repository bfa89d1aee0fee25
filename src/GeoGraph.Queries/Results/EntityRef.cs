namespace GeoGraph.Queries.Results;

/// <summary>A reference to an entity in a result: its stable id, canonical name and schema type.</summary>
/// <param name="Id">The stable id, e.g. <c>country:KZ</c>.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">The schema entity type name, e.g. <c>Country</c>.</param>
public sealed record EntityRef(string Id, string Name, string Type)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Id})";
}
