using System.Reflection;
using GeoGraph.Cli.Commands;
using GeoGraph.Cli.Parsing;
using GeoGraph.Core.Model;
using GeoGraph.Extraction;

namespace GeoGraph.Cli;

/// <summary>
/// Runs a <c>geograph</c> command line in-process: picks the verb, parses and validates its arguments and runs it
/// against the given writers. Returns the exit code instead of exiting, so tests drive it like the shell does.
/// </summary>
public sealed class CommandRunner
{
    private readonly CommandContext _context;
    private readonly IReadOnlyList<ICommand> _commands = [new ExtractCommand(), new IngestCommand(), new QueryCommand(), new DemoCommand()];

    /// <summary>Creates a runner.</summary>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where messages, problems and progress go (standard error).</param>
    /// <param name="errorIsTerminal">Whether <paramref name="error"/> is an interactive terminal: a live progress bar instead of lines.</param>
    /// <param name="createExtractor">Builds the extractor from the user's KB files; the extraction engine by default.</param>
    public CommandRunner(TextWriter output, TextWriter error, bool errorIsTerminal = false, Func<IReadOnlyList<string>, IExtractor>? createExtractor = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        _context = new CommandContext(output, error, errorIsTerminal, createExtractor ?? (kb => ExtractionEngine.CreateDefault(kb)));
    }

    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments after <c>geograph</c>.</param>
    /// <param name="cancellationToken">Stops the command.</param>
    /// <returns>The exit code (<see cref="ExitCode"/>).</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var err = _context.Error;
        if (args.Count == 0)
        {
            WriteUsage(err);
            return ExitCode.Usage;
        }

        var verb = args[0];
        if (verb is "--help" or "-h" or "-?" or "help")
        {
            if (args.Count > 1 && Find(args[1]) is { } topic)
            {
                WriteHelp(_context.Out, topic);
            }
            else
            {
                WriteUsage(_context.Out);
            }

            return ExitCode.Ok;
        }

        if (verb is "--version")
        {
            _context.Out.WriteLine(typeof(CommandRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return ExitCode.Ok;
        }

        var command = Find(verb);
        if (command is null)
        {
            err.WriteLine($"error: expected a command ({string.Join(", ", _commands.Select(c => c.Name))}), found '{verb}'");
            err.WriteLine();
            WriteUsage(err);
            return ExitCode.Usage;
        }

        try
        {
            var parsed = ParsedArguments.Parse(command.Name, args.Skip(1).ToList(), command.Options);
            if (parsed.Help)
            {
                WriteHelp(_context.Out, command);
                return ExitCode.Ok;
            }

            return await command.ExecuteAsync(parsed, _context, cancellationToken).ConfigureAwait(false);
        }
        catch (CommandParseException e)
        {
            err.WriteLine($"error: {e.Message}");
            err.WriteLine(e.Hint is null ? $"hint: see 'geograph {command.Name} --help'." : $"hint: {e.Hint}");
            err.WriteLine($"usage: geograph {command.Usage}");
            return ExitCode.Usage;
        }
    }

    private ICommand? Find(string verb) => _commands.FirstOrDefault(c => string.Equals(c.Name, verb, StringComparison.Ordinal));

    private void WriteUsage(TextWriter w)
    {
        w.WriteLine("geograph: a knowledge graph of international news (Arabic, English)");
        w.WriteLine();
        w.WriteLine("usage: geograph <command> [arguments] [options]");
        w.WriteLine();
        w.WriteLine("commands:");
        foreach (var c in _commands)
        {
            w.WriteLine($"  {c.Name,-10}{c.Summary}");
        }

        w.WriteLine();
        w.WriteLine("'geograph <command> --help' shows a command's options. Exit codes: 0 ok, 1 something failed, 2 usage error.");
    }

    private static void WriteHelp(TextWriter w, ICommand command)
    {
        w.WriteLine($"geograph {command.Name}: {command.Summary}");
        w.WriteLine();
        w.WriteLine($"usage: geograph {command.Usage}");
        w.WriteLine();
        w.WriteLine("options:");
        foreach (var o in command.Options)
        {
            var head = o.IsFlag ? o.Name : $"{o.Name} {o.Value}";
            w.WriteLine($"  {head,-22}{o.Help}");
        }

        w.WriteLine($"  {"-h, --help",-22}show this help");
        w.WriteLine();
        w.WriteLine("examples:");
        foreach (var e in command.Examples)
        {
            w.WriteLine($"  {e}");
        }
    }
}
