using GeoGraph.Cli.Neo4j;
using GeoGraph.Cli.Parsing;
using GeoGraph.Storage.Neo4j;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Cli.Commands;

/// <summary>The validated settings of <c>ingest</c>.</summary>
/// <param name="Paths">Files and folders to read.</param>
/// <param name="StorePath">The embedded store file.</param>
/// <param name="KbFiles">Extra knowledge-base files.</param>
/// <param name="BatchSize">Articles per transaction.</param>
/// <param name="Neo4j">Neo4j's settings when <c>--neo4j URI</c> is given; then the statements go there, not to the store.</param>
/// <param name="Neo4jBatchSize">Statements per Neo4j write transaction (<c>--neo4j-batch</c>).</param>
internal sealed record IngestSettings(IReadOnlyList<string> Paths, string StorePath, IReadOnlyList<string> KbFiles, int BatchSize,
    Neo4jConnectionSettings? Neo4j = null, int Neo4jBatchSize = Neo4jSinkOptions.DefaultBatchSize)
{
    /// <summary>The <c>--neo4j-batch</c> option.</summary>
    public static readonly OptionSpec Neo4jBatchOption = new("--neo4j-batch", "N", $"statements per Neo4j write transaction (default {Neo4jSinkOptions.DefaultBatchSize})");

    /// <summary>Articles per transaction unless <c>--batch</c> says otherwise.</summary>
    public const int DefaultBatch = 200;

    /// <summary>The <c>--store</c> option, shared with the verbs that read the store.</summary>
    public static readonly OptionSpec StoreOption = new("--store", "PATH", $"the embedded store file (default ./{SqliteGraphStore.DefaultPath})");

    /// <summary>The options of <c>ingest</c>.</summary>
    public static readonly IReadOnlyList<OptionSpec> Options =
    [
        StoreOption,
        KbOption.Option,
        new("--batch", "N", $"articles per transaction (default {DefaultBatch})"),
        Neo4jCliOptions.Uri,
        Neo4jCliOptions.Database,
        Neo4jBatchOption,
    ];

    /// <summary>Validates the arguments.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="CommandParseException">Something is missing or wrong.</exception>
    public static IngestSettings From(ParsedArguments args)
    {
        if (args.Positionals.Count == 0)
        {
            throw new CommandParseException("expected at least one file or folder to ingest, found none", "for example 'geograph ingest news/ --store news.db'.");
        }

        return new IngestSettings(args.Positionals, ParseStorePath(args), KbOption.From(args), args.PositiveInt("--batch", DefaultBatch),
            Neo4jCliOptions.Optional(args, useEnvironmentUri: false), args.PositiveInt(Neo4jBatchOption.Name, Neo4jSinkOptions.DefaultBatchSize));
    }

    /// <summary>The store path of <c>--store</c>, or the default.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The path.</returns>
    /// <exception cref="CommandParseException">The path is empty or a folder.</exception>
    public static string ParseStorePath(ParsedArguments args)
    {
        var path = args.Value(StoreOption.Name, SqliteGraphStore.DefaultPath)!;
        if (path.Length == 0 || Directory.Exists(path))
        {
            throw new CommandParseException($"expected a store file after '--store', found {(path.Length == 0 ? "an empty string" : $"the folder '{path}'")}", "for example '--store news.db'.");
        }

        return path;
    }
}
