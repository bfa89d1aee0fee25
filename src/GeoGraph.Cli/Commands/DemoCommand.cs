using GeoGraph.Cli.Parsing;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph demo</c>: ingests the sample articles shipped with the CLI (the seed article and an English one) into a
/// fresh store, prints the ingest summary and answers a few example queries, Arabic and English names alike.
/// </summary>
internal sealed class DemoCommand : ICommand
{
    /// <summary>The store the demo recreates unless <c>--store</c> says otherwise.</summary>
    public const string DefaultStore = "geograph-demo.db";

    /// <summary>The example queries: kind and name. The Arabic name finds the same entity as the English one.</summary>
    public static readonly IReadOnlyList<(string Kind, string Name)> ExampleQueries =
    [
        ("entity", "كازاخستان"),
        ("neighbors", "Russia"),
        ("entity", "CSTO"),
    ];

    /// <inheritdoc />
    public string Name => "demo";

    /// <inheritdoc />
    public string Summary => "ingest the bundled sample articles into a fresh store and answer example queries";

    /// <inheritdoc />
    public string Usage => "demo [--store PATH]";

    /// <inheritdoc />
    public IReadOnlyList<string> Examples => ["geograph demo", "geograph demo --store /tmp/demo.db"];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--store", "PATH", $"the store to recreate (default ./{DefaultStore}; it is deleted first)"),
    ];

    /// <summary>The folder of sample articles, copied next to the executable at build time.</summary>
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Samples");

    /// <inheritdoc />
    public async Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken)
    {
        if (args.Positionals.Count > 0)
        {
            throw new CommandParseException($"expected no arguments for 'demo', found '{args.Positionals[0]}'", "to ingest your own files use 'geograph ingest <paths>'.");
        }

        var store = args.Value("--store", DefaultStore)!;
        if (store.Length == 0 || Directory.Exists(store))
        {
            throw new CommandParseException($"expected a store file after '--store', found '{store}'", $"for example '--store {DefaultStore}'.");
        }

        if (!Directory.Exists(SamplesFolder))
        {
            context.Error.WriteLine($"error: expected the sample articles in '{SamplesFolder}', found no folder");
            context.Error.WriteLine("hint: build the CLI project (dotnet run --project src/GeoGraph.Cli -- demo) so the samples are copied next to it.");
            return ExitCode.Failed;
        }

        try
        {
            SqliteGraphStore.Delete(store);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: cannot recreate the demo store '{store}': {e.Message}");
            return ExitCode.Failed;
        }

        var w = context.Out;
        w.WriteLine($"GeoGraph demo: ingesting the sample articles in {SamplesFolder} into a fresh store {store}");
        w.WriteLine();
        var code = await IngestCommand.RunAsync(new IngestSettings([SamplesFolder], store, [], IngestSettings.DefaultBatch), context, cancellationToken).ConfigureAwait(false);
        foreach (var (kind, name) in ExampleQueries)
        {
            w.WriteLine();
            w.WriteLine($"$ geograph query {kind} {name} --store {store}");
            using var errors = new StringWriter();
            var answer = await QueryCommand.RunAsync(new QuerySettings(kind, name, store, Json: false, Limit: 10), context with { Error = errors }, cancellationToken).ConfigureAwait(false);
            if (answer != ExitCode.Ok)
            {
                // No answer is an answer here: with an extractor that found nothing about a name, say so plainly.
                var reason = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Replace("error: ", string.Empty, StringComparison.Ordinal);
                w.WriteLine($"(no answer: {reason})");
            }
        }

        w.WriteLine();
        w.WriteLine($"Try your own: geograph query entity NAME --store {store}");
        return code;
    }
}
