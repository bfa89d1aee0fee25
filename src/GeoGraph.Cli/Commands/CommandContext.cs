using GeoGraph.Cli.Output;
using GeoGraph.Core.Model;

namespace GeoGraph.Cli.Commands;

/// <summary>What a command runs against: its output and error writers, the terminal, and how to build the extractor.</summary>
/// <param name="Out">Results (statements, tables, JSON).</param>
/// <param name="Error">Messages, problems and progress.</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is an interactive terminal (live progress bar).</param>
/// <param name="CreateExtractor">Builds the extractor from the user's KB files.</param>
internal sealed record CommandContext(TextWriter Out, TextWriter Error, bool ErrorIsTerminal, Func<IReadOnlyList<string>, IExtractor> CreateExtractor)
{
    /// <summary>The progress display that fits the error stream.</summary>
    /// <returns>A live bar on a terminal, plain lines otherwise.</returns>
    public IProgressDisplay Progress() => ErrorIsTerminal ? new TerminalProgressBar(Error) : new PlainProgressLog(Error);
}
