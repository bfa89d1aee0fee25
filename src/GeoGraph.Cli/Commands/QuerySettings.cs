using GeoGraph.Cli.Parsing;
using GeoGraph.Core.Schema;
using GeoGraph.Queries.Results;

namespace GeoGraph.Cli.Commands;

/// <summary>The validated settings of <c>query</c>: the query, its arguments, where the graph is and how to print.</summary>
/// <param name="Kind">The query name, e.g. <c>neighbors</c>.</param>
/// <param name="Names">The entity names the query takes (none, one or two), each possibly several words.</param>
/// <param name="Source">The embedded store or the Neo4j server.</param>
/// <param name="Json">Print one JSON document instead of tables.</param>
/// <param name="Limit">The most rows, or null for the query's default.</param>
internal sealed record QuerySettings(string Kind, IReadOnlyList<string> Names, GraphSource Source, bool Json, int? Limit)
{
    /// <summary>The query names, as <c>cypher/queries</c> names its files.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["entity", "neighbors", "between", "path", "timeline", "who", "claims", "evidence", "top", "relations", "co-mentions"];

    /// <summary>The options of <c>query</c>.</summary>
    public static readonly IReadOnlyList<OptionSpec> Options =
    [
        IngestSettings.StoreOption,
        GraphSource.Neo4jOption,
        GraphSource.DatabaseOption,
        new("--json", null, "print one JSON document (stable snake_case fields, for notebooks) instead of tables"),
        new("--limit", "N", "show at most N rows"),
        new("--predicate", "P", "neighbors: only this predicate (repeatable); who: the predicate asked about", Repeatable: true),
        new("--family", "F", "neighbors: only structure, cooperative or conflictual predicates"),
        new("--status", "S", "neighbors: only asserted, negated, reported, disputed or planned statements (repeatable)", Repeatable: true),
        new("--from", "DATE", "neighbors: only statements on or after DATE (yyyy, yyyy-MM or yyyy-MM-dd)"),
        new("--to", "DATE", "neighbors: only statements on or before DATE"),
        new("--min-mentions", "N", "neighbors: only relations stated at least N times"),
        new("--max-hops", "N", $"path: the longest path searched (1-{Queries.QueryLimits.MaxPathHops}, default 4)"),
        new("--exclude", "P", "path: never walk this predicate (repeatable)", Repeatable: true),
        new("--subject", "NAME", "who: only this subject"),
        new("--object", "NAME", "who: only this object"),
        new("--by", "MEASURE", "top: degree (default) or pagerank"),
    ];

    // Which options each query understands; any other is a usage error rather than silently ignored.
    private static readonly Dictionary<string, string[]> KindOptions = new(StringComparer.Ordinal)
    {
        ["entity"] = [],
        ["neighbors"] = ["--predicate", "--family", "--status", "--from", "--to", "--min-mentions"],
        ["between"] = [],
        ["path"] = ["--max-hops", "--exclude"],
        ["timeline"] = [],
        ["who"] = ["--predicate", "--subject", "--object"],
        ["claims"] = [],
        ["evidence"] = [],
        ["top"] = ["--by"],
        ["relations"] = [],
        ["co-mentions"] = [],
    };

    private static readonly string[] CommonOptions = ["--store", "--neo4j", "--database", "--json", "--limit"];

    /// <summary>The parsed arguments, for the options of one query.</summary>
    public required ParsedArguments Arguments { get; init; }

    /// <summary>The neighbor filter of <c>--predicate</c>, <c>--family</c>, <c>--status</c>, <c>--from</c>, <c>--to</c>, <c>--min-mentions</c>.</summary>
    public NeighborFilter Filter => new()
    {
        Predicates = Arguments.Values("--predicate") is { Count: > 0 } p ? p.Select(x => x.ToUpperInvariant()).ToList() : null,
        Family = Arguments.Value("--family"),
        Statuses = Arguments.Values("--status") is { Count: > 0 } s ? s : null,
        From = Arguments.Value("--from"),
        To = Arguments.Value("--to"),
        MinMentions = Arguments.PositiveInt("--min-mentions", 1),
    };

    /// <summary>Validates the arguments.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="CommandParseException">Something is missing or wrong.</exception>
    public static QuerySettings From(ParsedArguments args)
    {
        if (args.Positionals.Count == 0)
        {
            throw new CommandParseException($"expected a query ({string.Join(", ", Kinds)}), found none", "for example 'geograph query neighbors Russia'.");
        }

        var kind = args.Positionals[0];
        if (!KindOptions.TryGetValue(kind, out var allowed))
        {
            throw new CommandParseException($"expected a query ({string.Join(", ", Kinds)}), found '{kind}'", "for example 'geograph query who --predicate SANCTIONED'.");
        }

        foreach (var option in Options.Select(o => o.Name).Where(o => args.Flag(o) && !allowed.Contains(o) && !CommonOptions.Contains(o)))
        {
            throw new CommandParseException($"expected options of 'query {kind}', found '{option}'", $"'{option}' belongs to {string.Join(", ", KindOptions.Where(k => k.Value.Contains(option)).Select(k => "query " + k.Key))}.");
        }

        var rest = args.Positionals.Skip(1).ToList();
        var names = kind switch
        {
            // A single name may come unquoted in several words: `query timeline Vladimir Putin`.
            "entity" or "neighbors" or "timeline" or "co-mentions" => [Required(rest, kind, "NAME")],
            "claims" => rest.Count == 0 ? [] : [string.Join(' ', rest)],
            "between" or "path" or "relations" => Two(rest, kind),
            "evidence" => Evidence(rest),
            "who" => Who(rest, args),
            _ => rest.Count == 0 ? [] : throw new CommandParseException($"expected no names after 'query {kind}', found '{rest[0]}'", $"see 'geograph query --help'."),
        };

        if (kind == "top")
        {
            args.Choice("--by", "degree", "degree", "pagerank");
        }

        if (kind == "path")
        {
            args.PositiveInt("--max-hops", 4, Queries.QueryLimits.MaxPathHops);
        }

        var source = GraphSource.From(args);
        int? limit = args.Value("--limit") is null ? null : args.PositiveInt("--limit", 50);
        return new QuerySettings(kind, names, source, args.Flag("--json"), limit) { Arguments = args };
    }

    /// <summary>Settings for a one-name query on the embedded store, as the demo runs them.</summary>
    /// <param name="kind">The query.</param>
    /// <param name="name">The entity name.</param>
    /// <param name="storePath">The store.</param>
    /// <param name="limit">The most rows.</param>
    /// <returns>The settings.</returns>
    public static QuerySettings Simple(string kind, string name, string storePath, int limit) =>
        From(ParsedArguments.Parse("query", [kind, name, "--store", storePath, "--limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)], Options));

    private static string Required(List<string> rest, string kind, string what)
    {
        var name = string.Join(' ', rest).Trim();
        return name.Length > 0
            ? name
            : throw new CommandParseException($"expected {what} after 'query {kind}', found none", $"for example 'geograph query {kind} Kazakhstan' or 'geograph query {kind} كازاخستان'.");
    }

    private static List<string> Two(List<string> rest, string kind) => rest.Count == 2
        ? rest
        : throw new CommandParseException(
            $"expected two names after 'query {kind}', found {rest.Count}",
            $"quote names of several words: geograph query {kind} \"Vladimir Putin\" Germany");

    private static List<string> Evidence(List<string> rest)
    {
        // NAME PREDICATE NAME: the predicate splits the words, so names need no quotes.
        var at = rest.FindIndex(w => RelationSchema.TryParsePredicate(w.ToUpperInvariant(), out _));
        if (at <= 0 || at == rest.Count - 1)
        {
            throw new CommandParseException(
                $"expected NAME PREDICATE NAME after 'query evidence', found '{string.Join(' ', rest)}'",
                "for example 'geograph query evidence Russia SANCTIONED \"British ministers\"'.");
        }

        return [string.Join(' ', rest[..at]), rest[at].ToUpperInvariant(), string.Join(' ', rest[(at + 1)..])];
    }

    private static List<string> Who(List<string> rest, ParsedArguments args)
    {
        // `who --predicate SANCTIONED` or, shorter, `who SANCTIONED`.
        var predicates = args.Values("--predicate");
        var predicate = predicates.Count switch
        {
            1 when rest.Count == 0 => predicates[0],
            0 when rest.Count == 1 => rest[0],
            _ => throw new CommandParseException(
                "expected one predicate for 'query who', " + (predicates.Count + rest.Count == 0 ? "found none" : $"found {string.Join(", ", predicates.Concat(rest))}"),
                "for example 'geograph query who --predicate SANCTIONED --object Russia'."),
        };
        if (!RelationSchema.TryParsePredicate(predicate.ToUpperInvariant(), out _))
        {
            throw new CommandParseException($"expected a schema predicate, found '{predicate}'", $"one of {string.Join(", ", RelationSchema.Predicates.Select(p => p.Name))}.");
        }

        return [predicate.ToUpperInvariant()];
    }
}
