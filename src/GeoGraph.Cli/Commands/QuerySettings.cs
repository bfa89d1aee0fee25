using GeoGraph.Cli.Parsing;

namespace GeoGraph.Cli.Commands;

/// <summary>The validated settings of <c>query</c>.</summary>
/// <param name="Kind"><c>entity</c> or <c>neighbors</c>.</param>
/// <param name="Name">The entity name, alias or id, in any language.</param>
/// <param name="StorePath">The embedded store file.</param>
/// <param name="Json">Print JSON instead of tables.</param>
/// <param name="Limit">The most statements shown per entity.</param>
internal sealed record QuerySettings(string Kind, string Name, string StorePath, bool Json, int Limit)
{
    /// <summary>The query kinds.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["entity", "neighbors"];

    /// <summary>The options of <c>query</c>.</summary>
    public static readonly IReadOnlyList<OptionSpec> Options =
    [
        IngestSettings.StoreOption,
        new("--json", null, "print JSON (for notebooks) instead of tables"),
        new("--limit", "N", "show at most N statements per entity (default 50)"),
    ];

    /// <summary>Validates the arguments.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="CommandParseException">Something is missing or wrong.</exception>
    public static QuerySettings From(ParsedArguments args)
    {
        if (args.Positionals.Count == 0)
        {
            throw new CommandParseException($"expected a query kind ({string.Join(" or ", Kinds)}), found none", "for example 'geograph query entity Kazakhstan'.");
        }

        var kind = args.Positionals[0];
        if (!Kinds.Contains(kind, StringComparer.Ordinal))
        {
            throw new CommandParseException($"expected a query kind ({string.Join(" or ", Kinds)}), found '{kind}'", "for example 'geograph query neighbors Russia'.");
        }

        // The name may come unquoted in several words: `query entity Vladimir Putin`.
        var name = string.Join(' ', args.Positionals.Skip(1)).Trim();
        if (name.Length == 0)
        {
            throw new CommandParseException($"expected an entity name after '{kind}', found none", $"for example 'geograph query {kind} Kazakhstan' or 'geograph query {kind} كازاخستان'.");
        }

        return new QuerySettings(kind, name, IngestSettings.ParseStorePath(args), args.Flag("--json"), args.PositiveInt("--limit", 50));
    }
}
