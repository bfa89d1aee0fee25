using GeoGraph.Cli.Parsing;

namespace GeoGraph.Cli.Commands;

/// <summary>The validated settings of <c>extract</c>.</summary>
/// <param name="Paths">Files and folders to read.</param>
/// <param name="Format"><c>jsonl</c> or <c>table</c>.</param>
/// <param name="OutFile">The output file, or null for standard output.</param>
/// <param name="Explain">Show the rule and the matched tokens.</param>
/// <param name="KbFiles">Extra knowledge-base files.</param>
internal sealed record ExtractSettings(IReadOnlyList<string> Paths, string Format, string? OutFile, bool Explain, IReadOnlyList<string> KbFiles)
{
    /// <summary>The options of <c>extract</c>.</summary>
    public static readonly IReadOnlyList<OptionSpec> Options =
    [
        new("--format", "jsonl|table", "output format (default jsonl: the evaluation contract, one statement per line)"),
        new("--out", "FILE", "write to FILE instead of standard output"),
        new("--explain", null, "add the rule id and matched tokens (JSON 'explain' field; table columns)"),
        KbOption.Option,
    ];

    /// <summary>Validates the arguments.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="CommandParseException">Something is missing or wrong.</exception>
    public static ExtractSettings From(ParsedArguments args)
    {
        if (args.Positionals.Count == 0)
        {
            throw new CommandParseException("expected at least one file or folder to extract from, found none", "for example 'geograph extract article.txt'.");
        }

        var outFile = args.Value("--out");
        if (outFile is { Length: 0 })
        {
            throw new CommandParseException("expected a file name after '--out', found an empty string");
        }

        return new ExtractSettings(args.Positionals, args.Choice("--format", "jsonl", "jsonl", "table"), outFile, args.Flag("--explain"), KbOption.From(args));
    }
}
