using GeoGraph.Cli.Parsing;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Cli.Commands;

/// <summary>The validated settings of <c>ingest</c>.</summary>
/// <param name="Paths">Files and folders to read.</param>
/// <param name="StorePath">The embedded store file.</param>
/// <param name="KbFiles">Extra knowledge-base files.</param>
/// <param name="BatchSize">Articles per transaction.</param>
internal sealed record IngestSettings(IReadOnlyList<string> Paths, string StorePath, IReadOnlyList<string> KbFiles, int BatchSize)
{
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

        return new IngestSettings(args.Positionals, ParseStorePath(args), KbOption.From(args), args.PositiveInt("--batch", DefaultBatch));
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
