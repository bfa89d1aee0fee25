namespace GeoGraph.Cli.Pipeline;

/// <summary>A snapshot of an ingest run, for progress display.</summary>
/// <param name="Done">Inputs processed (articles and failures).</param>
/// <param name="Total">Inputs expected, or 0 when unknown.</param>
/// <param name="Statements">Statements extracted so far.</param>
/// <param name="Elapsed">Time since the start.</param>
internal readonly record struct IngestProgress(int Done, int Total, long Statements, TimeSpan Elapsed)
{
    /// <summary>Statements per second so far.</summary>
    public double StatementsPerSecond => Elapsed.TotalSeconds > 0 ? Statements / Elapsed.TotalSeconds : 0;
}
