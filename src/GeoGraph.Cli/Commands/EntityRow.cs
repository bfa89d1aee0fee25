using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Commands;

/// <summary>An entity row.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">The schema type.</param>
/// <param name="Labels">The labels by language.</param>
internal sealed record EntityRow(string Id, string Name, string Type, JObject Labels);
