using GeoGraph.Cli.Parsing;
using GeoGraph.Cli.Pipeline;
using GeoGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph ingest</c>: extract and load into the graph store, with progress and a summary.</summary>
internal sealed class IngestCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "ingest";

    /// <inheritdoc />
    public string Summary => "extract statements from articles and load them into the graph store";

    /// <inheritdoc />
    public string Usage => "ingest <paths...> [--store PATH] [--kb FILE] [--batch N]";

    /// <inheritdoc />
    public IReadOnlyList<string> Examples =>
    [
        "geograph ingest news/",
        "geograph ingest ../shared/eval/dev/gold.jsonl --store dev.db --batch 50",
    ];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => IngestSettings.Options;

    /// <inheritdoc />
    public Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken)
    {
        var settings = IngestSettings.From(args);
        return RunAsync(settings, context, cancellationToken);
    }

    /// <summary>Runs an ingest with validated settings; the demo runs it too.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="context">Writers and services.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(IngestSettings settings, CommandContext context, CancellationToken cancellationToken)
    {
        var extractor = context.CreateExtractor(settings.KbFiles);
        Storage.IGraphSink sink;
        string description;
        try
        {
            (sink, description) = await SinkFactory.OpenAsync(new SinkOptions(settings.StorePath), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: cannot open the store '{settings.StorePath}': {e.Message}");
            return ExitCode.Failed;
        }

        await using (sink.ConfigureAwait(false))
        {
            var pipeline = new IngestPipeline(extractor, sink, settings.BatchSize, context.Progress());
            var report = await pipeline.RunAsync(settings.Paths, cancellationToken).ConfigureAwait(false);
            foreach (var problem in report.Problems)
            {
                Problems.Print(context.Error, problem);
            }

            var store = sink is SqliteGraphStore sqlite ? await sqlite.SummarizeAsync(cancellationToken).ConfigureAwait(false) : null;
            IngestSummary.Write(context.Out, report, store, description);
            return report.AnyFailure ? ExitCode.Failed : ExitCode.Ok;
        }
    }
}
