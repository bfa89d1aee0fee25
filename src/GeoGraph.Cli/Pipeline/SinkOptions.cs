using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Cli.Pipeline;

/// <summary>Where <c>ingest</c> writes: the embedded store, or Neo4j when a URI is given.</summary>
/// <param name="StorePath">The embedded store file.</param>
/// <param name="Neo4j">Neo4j's connection settings (<c>--neo4j URI</c>), or null for the embedded store.</param>
/// <param name="Neo4jBatchSize">Statements per Neo4j write transaction.</param>
internal sealed record SinkOptions(string StorePath, Neo4jConnectionSettings? Neo4j = null, int Neo4jBatchSize = Neo4jSinkOptions.DefaultBatchSize);
