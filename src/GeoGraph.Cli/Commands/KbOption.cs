using GeoGraph.Cli.Parsing;

namespace GeoGraph.Cli.Commands;

/// <summary>The <c>--kb FILE</c> option shared by the verbs that extract.</summary>
internal static class KbOption
{
    /// <summary>The option spec.</summary>
    public static readonly OptionSpec Option = new("--kb", "FILE", "an extra knowledge-base JSON file (repeatable)", Repeatable: true);

    /// <summary>The KB files given, each checked to exist.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The files.</returns>
    /// <exception cref="CommandParseException">A file does not exist.</exception>
    public static IReadOnlyList<string> From(ParsedArguments args)
    {
        var files = args.Values(Option.Name);
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new CommandParseException($"expected an existing file after '--kb', found '{file}'", "give the path of a knowledge-base JSON file.");
            }
        }

        return files;
    }
}
