using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GeoGraph.Core.Input;
using GeoGraph.Core.Model;

namespace GeoGraph.Cli.Pipeline;

/// <summary>
/// Runs the extractor over the articles of a reader with a fixed number of workers and yields the results in input
/// order, so writes downstream stay ordered and batched while extraction uses the cores.
/// </summary>
internal static class ExtractionStage
{
    /// <summary>Extracts every article of the input.</summary>
    /// <param name="input">Articles and input problems, in order.</param>
    /// <param name="extractor">The extractor; thread-safe.</param>
    /// <param name="workers">How many articles are extracted at once.</param>
    /// <param name="cancellationToken">Stops reading and extracting.</param>
    /// <returns>One result per input record, in input order.</returns>
    public static async IAsyncEnumerable<ExtractedArticle> RunAsync(
        IAsyncEnumerable<InputRecord> input,
        IExtractor extractor,
        int workers,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The channel carries tasks in input order; awaiting them in that order restores the order while up to
        // `workers` of them run at once. Its bound keeps the reader from racing ahead of extraction.
        var channel = Channel.CreateBounded<Task<ExtractedArticle>>(new BoundedChannelOptions(workers * 2) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(workers, workers);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var record in input.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        if (record.Problem is not null)
                        {
                            await channel.Writer.WriteAsync(Task.FromResult(new ExtractedArticle(null, [], [record.Problem])), stop.Token).ConfigureAwait(false);
                            continue;
                        }

                        await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                        var article = record.Article!;
                        var work = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return Extract(extractor, article);
                                }
                                finally
                                {
                                    slots.Release();
                                }
                            },
                            CancellationToken.None);
                        await channel.Writer.WriteAsync(work, stop.Token).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var task in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early; the producer's cancellation is expected.
            }
        }
    }

    /// <summary>Extracts one article and drops statements whose evidence does not index the article text.</summary>
    /// <param name="extractor">The extractor.</param>
    /// <param name="article">The article.</param>
    /// <returns>The result.</returns>
    public static ExtractedArticle Extract(IExtractor extractor, Article article)
    {
        var origin = article.Origin ?? article.Id;
        IReadOnlyList<Statement> statements;
        try
        {
            statements = extractor.Extract(article);
        }
#pragma warning disable CA1031 // One article's extractor failure must not stop the batch; it is reported by name.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new ExtractedArticle(null, [], [new InputProblem(origin, null, $"article '{article.Id}': extractor failed: {e.GetType().Name}: {e.Message}")]);
        }

        List<Statement>? kept = null;
        List<InputProblem>? problems = null;
        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            var e = s.Evidence;
            var valid = string.Equals(s.ArticleId, article.Id, StringComparison.Ordinal)
                && e.Start >= 0 && e.Start <= e.End && e.End <= article.Text.Length
                && article.Text.AsSpan(e.Start, e.End - e.Start).SequenceEqual(e.Text);
            if (valid)
            {
                kept?.Add(s);
                continue;
            }

            // The contract promises evidence equal to text[start..end]; a statement breaking it is dropped, not stored.
            kept ??= [.. statements.Take(i)];
            (problems ??= []).Add(new InputProblem(origin, null, $"article '{article.Id}': dropped statement {s.Id} ({s.RuleId}): evidence {e.Start}..{e.End} does not match the text"));
        }

        return new ExtractedArticle(article, kept ?? statements, problems ?? (IReadOnlyList<InputProblem>)[]);
    }
}
