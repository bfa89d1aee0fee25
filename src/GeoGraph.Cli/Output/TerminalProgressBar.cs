using System.Diagnostics;
using System.Globalization;
using GeoGraph.Cli.Pipeline;

namespace GeoGraph.Cli.Output;

/// <summary>A one-line progress bar redrawn in place with a carriage return, for an interactive terminal.</summary>
internal sealed class TerminalProgressBar(TextWriter writer) : IProgressDisplay
{
    private const int Width = 30;
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private bool _drawn;

    public void Report(IngestProgress progress)
    {
        // Ten frames a second is smooth enough and keeps the terminal from being the bottleneck.
        if (_drawn && _sinceDraw.ElapsedMilliseconds < 100)
        {
            return;
        }

        Draw(progress);
    }

    public void Complete(IngestProgress progress)
    {
        Draw(progress);
        writer.WriteLine();
        writer.Flush();
    }

    private void Draw(IngestProgress p)
    {
        var fraction = p.Total > 0 ? Math.Min(1.0, (double)p.Done / p.Total) : 0;
        var filled = (int)Math.Round(fraction * Width);
        var bar = new string('█', filled) + new string('░', Width - filled);
        var total = p.Total > 0 ? p.Total.ToString(CultureInfo.InvariantCulture) : "?";
        writer.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"\r\u001b[2K{bar} {p.Done}/{total} articles  {p.Statements:N0} statements  {p.StatementsPerSecond:N0} statements/s"));
        writer.Flush();
        _drawn = true;
        _sinceDraw.Restart();
    }
}
