using System.Diagnostics;
using GeoGraph.Cli.Output;
using GeoGraph.Core.Input;
using GeoGraph.Core.Model;
using GeoGraph.Storage;

namespace GeoGraph.Cli.Pipeline;

/// <summary>
/// Reads, extracts and loads: articles stream from the readers through parallel extraction into ordered batches, and
/// each batch goes to the sink in one transaction. A failed batch is reported and skipped; batches already written stay.
/// </summary>
/// <param name="extractor">The extractor.</param>
/// <param name="sink">Where the statements go, chosen by <see cref="SinkFactory"/>.</param>
/// <param name="batchSize">Articles per write.</param>
/// <param name="progress">The progress display.</param>
internal sealed class IngestPipeline(IExtractor extractor, IGraphSink sink, int batchSize, IProgressDisplay progress)
{
    /// <summary>Extraction workers: the machine has two cores and the writer needs little.</summary>
    public const int Workers = 2;

    /// <summary>Runs the pipeline over files and folders.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="cancellationToken">Stops the run after the current batch.</param>
    /// <returns>What happened.</returns>
    public async Task<IngestReport> RunAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var total = await InputCounter.CountAsync(paths, cancellationToken).ConfigureAwait(false);
        return await RunAsync(ArticleReader.ReadAsync(paths, cancellationToken), total, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the pipeline over input records.</summary>
    /// <param name="input">Articles and input problems.</param>
    /// <param name="total">The expected number of records, or 0.</param>
    /// <param name="cancellationToken">Stops the run after the current batch.</param>
    /// <returns>What happened.</returns>
    public async Task<IngestReport> RunAsync(IAsyncEnumerable<InputRecord> input, int total, CancellationToken cancellationToken)
    {
        var report = new IngestReport();
        var clock = Stopwatch.StartNew();
        var done = 0;
        var batch = new List<ArticleStatements>(batchSize);
        await foreach (var result in ExtractionStage.RunAsync(input, extractor, Workers, cancellationToken).ConfigureAwait(false))
        {
            done++;
            report.Problems.AddRange(result.Problems);
            if (result.Article is null)
            {
                report.ArticlesFailed++;
            }
            else
            {
                report.ArticlesRead++;
                Count(report, result.Statements);
                batch.Add(new ArticleStatements(result.Article, result.Statements));
                if (batch.Count >= batchSize)
                {
                    await FlushAsync(batch, report, cancellationToken).ConfigureAwait(false);
                }
            }

            progress.Report(new IngestProgress(done, Math.Max(total, done), report.StatementsExtracted, clock.Elapsed));
        }

        await FlushAsync(batch, report, cancellationToken).ConfigureAwait(false);
        report.Elapsed = clock.Elapsed;
        progress.Complete(new IngestProgress(done, Math.Max(total, done), report.StatementsExtracted, clock.Elapsed));
        return report;
    }

    private static void Count(IngestReport report, IReadOnlyList<Statement> statements)
    {
        foreach (var s in statements)
        {
            report.StatementsExtracted++;
            var predicate = Core.Schema.RelationSchema.ToSchemaName(s.Predicate);
            report.StatementsByPredicate[predicate] = report.StatementsByPredicate.GetValueOrDefault(predicate) + 1;
            foreach (var e in (Entity?[])[s.Subject, s.Object, s.AttributedTo, s.DeniedBy])
            {
                if (e is null)
                {
                    continue;
                }

                var type = Core.Schema.RelationSchema.ToSchemaName(e.Type);
                if (!report.EntitiesByType.TryGetValue(type, out var ids))
                {
                    report.EntitiesByType[type] = ids = new HashSet<string>(StringComparer.Ordinal);
                }

                ids.Add(e.Id);
            }
        }
    }

    private async Task FlushAsync(List<ArticleStatements> batch, IngestReport report, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var written = await sink.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            report.ArticlesWritten += written.ArticlesWritten;
            report.ArticlesUnchanged += written.ArticlesUnchanged;
            report.StatementsWritten += written.StatementsWritten;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The sink rolled the batch back: these articles are not stored, earlier batches are untouched.
            report.ArticlesFailed += batch.Count;
            foreach (var (article, _) in batch)
            {
                report.Problems.Add(new InputProblem(article.Origin ?? article.Id, null, $"article '{article.Id}' not stored: {e.Message}"));
            }
        }

        batch.Clear();
    }
}
