namespace GeoGraph.Core.Input;

/// <summary>Counts the inputs ahead of a run, for the progress bar's total: one per text file, one per non-blank JSONL line.</summary>
public static class InputCounter
{
    /// <summary>Counts inputs; an unreadable path counts once, as it yields one problem.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The expected number of records.</returns>
    public static async Task<int> CountAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var path in paths)
        {
            var (files, problem) = ArticleReader.Expand(path);
            total += problem is null ? 0 : 1;
            foreach (var file in files)
            {
                total += string.Equals(Path.GetExtension(file), ".jsonl", StringComparison.OrdinalIgnoreCase)
                    ? Math.Max(1, await CountLinesAsync(file, cancellationToken).ConfigureAwait(false))
                    : 1;
            }
        }

        return total;
    }

    private static async Task<int> CountLinesAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                var lines = new ByteLineReader(stream);
                var count = 0;
                while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    count += IsBlank(line.Span) ? 0 : 1;
                }

                return count;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 1;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
}
