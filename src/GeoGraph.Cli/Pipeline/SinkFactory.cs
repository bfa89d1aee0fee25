using GeoGraph.Storage;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Cli.Pipeline;

/// <summary>
/// Chooses the graph sink from the options: the one place that knows the sinks, so a new one (Neo4j over Bolt) is a
/// new option and a new branch here, and the pipeline itself only sees <see cref="IGraphSink"/>.
/// </summary>
internal static class SinkFactory
{
    /// <summary>Opens the sink the options ask for.</summary>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open sink and a one-line description for messages.</returns>
    public static async Task<(IGraphSink Sink, string Description)> OpenAsync(SinkOptions options, CancellationToken cancellationToken)
    {
        var store = await SqliteGraphStore.OpenAsync(options.StorePath, cancellationToken).ConfigureAwait(false);
        return (store, $"embedded store {options.StorePath}");
    }
}
