using System.Diagnostics;
using System.Globalization;
using GeoGraph.Cli.Pipeline;

namespace GeoGraph.Cli.Output;

/// <summary>Progress as plain lines, at most one a second, for output redirected to a file or a CI log.</summary>
internal sealed class PlainProgressLog(TextWriter writer) : IProgressDisplay
{
    private readonly Stopwatch _sinceLine = Stopwatch.StartNew();

    public void Report(IngestProgress progress)
    {
        if (_sinceLine.ElapsedMilliseconds >= 1000)
        {
            Line(progress);
        }
    }

    public void Complete(IngestProgress progress) => Line(progress);

    private void Line(IngestProgress p)
    {
        var total = p.Total > 0 ? p.Total.ToString(CultureInfo.InvariantCulture) : "?";
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ingest: {p.Done}/{total} articles, {p.Statements} statements, {p.StatementsPerSecond:F0} statements/s"));
        writer.Flush();
        _sinceLine.Restart();
    }
}
