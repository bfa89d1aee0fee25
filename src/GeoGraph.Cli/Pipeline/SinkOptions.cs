namespace GeoGraph.Cli.Pipeline;

/// <summary>Where <c>ingest</c> writes. Today the embedded store; a Neo4j URI joins here when the Neo4j sink lands.</summary>
/// <param name="StorePath">The embedded store file.</param>
internal sealed record SinkOptions(string StorePath);
