using GeoGraph.Cli.Pipeline;

namespace GeoGraph.Cli.Output;

/// <summary>Shows an ingest run's progress: a live bar on a terminal, plain lines in a log.</summary>
internal interface IProgressDisplay
{
    /// <summary>Shows a snapshot; implementations throttle.</summary>
    /// <param name="progress">The snapshot.</param>
    void Report(IngestProgress progress);

    /// <summary>Shows the final state and ends the display.</summary>
    /// <param name="progress">The last snapshot.</param>
    void Complete(IngestProgress progress);
}
