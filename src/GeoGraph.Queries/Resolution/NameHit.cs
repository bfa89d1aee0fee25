using GeoGraph.Queries.Results;

namespace GeoGraph.Queries.Resolution;

/// <summary>One stored name of an entity.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Name">The name as stored.</param>
/// <param name="Norm">Its <see cref="GeoGraph.Core.Text.NameKey"/>.</param>
/// <param name="Kind"><c>name</c>, <c>label</c> or <c>alias</c>.</param>
internal sealed record NameHit(EntityRef Entity, string Name, string Norm, string Kind);
