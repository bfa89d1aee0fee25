using System.Text;
using GeoGraph.Cli.Parsing;
using GeoGraph.Queries.Export;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph export --format graphml|csv|cypher|jsonl [--out PATH]</c>: writes the embedded store for other tools —
/// GraphML for Gephi, the CSV files of <c>neo4j-admin database import</c>, a cypher-shell script, or the statements as
/// contract JSONL.
/// </summary>
internal sealed class ExportCommand : ICommand
{
    /// <summary>The formats.</summary>
    public static readonly string[] Formats = ["graphml", "csv", "cypher", "jsonl"];

    /// <inheritdoc />
    public string Name => "export";

    /// <inheritdoc />
    public string Summary => "write the graph as GraphML (Gephi), neo4j-admin import CSV, a cypher-shell script or statements JSONL";

    /// <inheritdoc />
    public string Usage => "export --format graphml|csv|cypher|jsonl [--out PATH] [--store PATH]";

    /// <inheritdoc />
    public IReadOnlyList<string> Examples =>
    [
        "geograph export --format graphml --out news.graphml",
        "geograph export --format csv --out import/",
        "geograph export --format cypher --out news.cypher   # then: cypher-shell -f news.cypher",
        "geograph export --format jsonl > statements.jsonl",
    ];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--format", "FORMAT", "graphml, csv, cypher or jsonl"),
        new("--out", "PATH", "the file to write (a folder for csv, default ./geograph-csv); standard output when omitted"),
        IngestSettings.StoreOption,
    ];

    /// <inheritdoc />
    public async Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken)
    {
        if (args.Positionals.Count > 0)
        {
            throw new CommandParseException($"expected no arguments for 'export', found '{args.Positionals[0]}'", "for example 'geograph export --format graphml --out news.graphml'.");
        }

        if (args.Value("--format") is null)
        {
            throw new CommandParseException("expected '--format graphml|csv|cypher|jsonl', found none", "for example 'geograph export --format graphml --out news.graphml'.");
        }

        var format = args.Choice("--format", "graphml", Formats);
        var store = IngestSettings.ParseStorePath(args);
        var output = args.Value("--out");
        if (!File.Exists(store))
        {
            context.Error.WriteLine($"error: expected a store at '{store}', found no file");
            context.Error.WriteLine("hint: run 'geograph ingest <paths>' first or pass '--store PATH'.");
            return ExitCode.Failed;
        }

        try
        {
            var snapshot = await GraphSnapshot.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            if (format == "csv")
            {
                var folder = output ?? "geograph-csv";
                var files = Neo4jCsvWriter.Write(snapshot, folder);
                context.Error.WriteLine($"wrote {files.Count} files to {folder}: {snapshot.Entities.Count} entities, {snapshot.Articles.Count} articles, {snapshot.Statements.Count} statements, {snapshot.Relations.Count} relations");
                context.Error.WriteLine("import into an empty database with:");
                context.Error.WriteLine("  " + Neo4jCsvWriter.ImportCommand(folder));
                return ExitCode.Ok;
            }

            if (output is null)
            {
                Write(format, snapshot, context.Out);
                await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var writer = new StreamWriter(output, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
                await using (writer.ConfigureAwait(false))
                {
                    Write(format, snapshot, writer);
                }

                context.Error.WriteLine($"wrote {output}: {snapshot.Entities.Count} entities, {snapshot.Relations.Count} relations, {snapshot.Statements.Count} statements");
            }

            return ExitCode.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            context.Error.WriteLine($"error: cannot export '{store}': {e.Message}");
            return ExitCode.Failed;
        }
    }

    private static void Write(string format, GraphSnapshot snapshot, TextWriter writer)
    {
        switch (format)
        {
            case "graphml": GraphMLWriter.Write(snapshot, writer); break;
            case "cypher": CypherScriptWriter.Write(snapshot, writer); break;
            default: StatementJsonlWriter.Write(snapshot, writer); break;
        }
    }
}
