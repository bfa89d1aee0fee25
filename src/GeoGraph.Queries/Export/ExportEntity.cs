namespace GeoGraph.Queries.Export;

/// <summary>An entity as exported.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">The schema type name.</param>
/// <param name="Labels">One label per language code.</param>
/// <param name="Aliases">Other names, sorted.</param>
public sealed record ExportEntity(string Id, string Name, string Type, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Aliases);
