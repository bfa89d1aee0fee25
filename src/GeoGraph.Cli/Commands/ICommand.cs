using GeoGraph.Cli.Parsing;

namespace GeoGraph.Cli.Commands;

/// <summary>One verb of <c>geograph</c>: its help and how it runs.</summary>
internal interface ICommand
{
    /// <summary>The verb.</summary>
    string Name { get; }

    /// <summary>One line saying what it does.</summary>
    string Summary { get; }

    /// <summary>The usage line after <c>geograph</c>.</summary>
    string Usage { get; }

    /// <summary>Examples for the help text.</summary>
    IReadOnlyList<string> Examples { get; }

    /// <summary>The options it accepts.</summary>
    IReadOnlyList<OptionSpec> Options { get; }

    /// <summary>Validates the arguments and runs.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="context">Writers and services.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>The exit code.</returns>
    /// <exception cref="CommandParseException">The arguments are wrong; nothing was done.</exception>
    Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken);
}
