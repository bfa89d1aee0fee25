using GeoGraph.Bolt;
using GeoGraph.Cli.Parsing;
using GeoGraph.Queries;
using GeoGraph.Queries.Results;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph query NAME [args]</c>: runs one query of the library (GeoGraph.Queries) against the embedded store or
/// Neo4j and prints a table, or with <c>--json</c> one JSON document whose fields are the result records' properties
/// in snake_case. An ambiguous name lists its candidates, an unknown one near matches; both exit with 1.
/// </summary>
internal sealed class QueryCommand : ICommand
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        Converters = { new StringEnumConverter(new SnakeCaseNamingStrategy()) },
        NullValueHandling = NullValueHandling.Include,
    });

    /// <inheritdoc />
    public string Name => "query";

    /// <inheritdoc />
    public string Summary => "ask the graph: entity, neighbors, between, path, timeline, who, claims, evidence, top, relations, co-mentions";

    /// <inheritdoc />
    public string Usage =>
        "query <entity NAME | neighbors NAME | between NAME NAME | path NAME NAME | timeline NAME | who --predicate P | claims [NAME] | " +
        "evidence NAME PREDICATE NAME | top | relations NAME NAME | co-mentions NAME> [--store PATH | --neo4j URI] [--json] [--limit N]";

    /// <inheritdoc />
    public IReadOnlyList<string> Examples =>
    [
        "geograph query entity كازاخستان",
        "geograph query neighbors Russia --family conflictual --from 2024",
        "geograph query between Russia Germany",
        "geograph query path Tokayev Germany --max-hops 4 --exclude BORDERS",
        "geograph query timeline \"Vladimir Putin\"",
        "geograph query who --predicate SANCTIONED --object Iran",
        "geograph query claims Germany",
        "geograph query evidence Russia SANCTIONED \"British ministers\"",
        "geograph query top --by pagerank --limit 10",
        "geograph query relations \"United States\" Cuba --json",
        "geograph query co-mentions Kazakhstan --neo4j bolt://localhost:7687",
    ];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => QuerySettings.Options;

    /// <inheritdoc />
    public Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken) =>
        RunAsync(QuerySettings.From(args), context, cancellationToken);

    /// <summary>Runs a query with validated settings; the demo runs it too.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="context">Writers.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>0 with an answer; 1 when a name does not resolve or the graph cannot be read; 2 for a bad argument.</returns>
    public static async Task<int> RunAsync(QuerySettings settings, CommandContext context, CancellationToken cancellationToken)
    {
        if (settings.Source.Neo4jUri is null && !File.Exists(settings.Source.StorePath))
        {
            context.Error.WriteLine($"error: expected a store at '{settings.Source.StorePath}', found no file");
            context.Error.WriteLine("hint: run 'geograph ingest <paths>' (or 'geograph demo') first, pass '--store PATH', or query Neo4j with '--neo4j URI'.");
            return ExitCode.Failed;
        }

        try
        {
            var queries = settings.Source.Open();
            await using (queries.ConfigureAwait(false))
            {
                var (result, table) = await RunQueryAsync(queries, settings, cancellationToken).ConfigureAwait(false);
                if (settings.Json)
                {
                    Write(context.Out, Envelope(settings, result, error: null));
                }
                else
                {
                    table(context.Out);
                }

                // An ambiguous or unknown name is an answer of the entity query, but nothing was found.
                return result is EntityResolution { Status: not ResolutionStatus.Found } ? ExitCode.Failed : ExitCode.Ok;
            }
        }
        catch (EntityResolutionException e)
        {
            if (settings.Json)
            {
                Write(context.Out, Envelope(settings, null, new
                {
                    status = e.Status,
                    name = e.Query,
                    message = e.Message,
                    candidates = e.Candidates,
                    suggestions = e.Suggestions,
                }));
            }

            context.Error.WriteLine($"error: {e.Message}");
            if (e.Status == ResolutionStatus.Ambiguous)
            {
                context.Error.WriteLine($"hint: pass an id, e.g. 'geograph query {settings.Kind} {e.Candidates[0].Id}', or see them with 'geograph query entity \"{e.Query}\"'.");
            }

            return ExitCode.Failed;
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            context.Error.WriteLine("hint: see 'geograph query --help'.");
            return ExitCode.Usage;
        }
        catch (Neo4jException e)
        {
            context.Error.WriteLine($"error: Neo4j at '{settings.Source.Describe}' answered {e.Code}: {e.Message}");
            return ExitCode.Failed;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            context.Error.WriteLine($"error: cannot read '{settings.Source.Describe}': {e.Message}");
            return ExitCode.Failed;
        }
    }

    private static async Task<(object Result, Action<TextWriter> Table)> RunQueryAsync(IGraphQueries q, QuerySettings s, CancellationToken ct)
    {
        var n = s.Names;
        var a = s.Arguments;
        switch (s.Kind)
        {
            case "entity":
            {
                var r = await q.EntityAsync(n[0], ct).ConfigureAwait(false);
                return (r, w => QueryTables.Entity(w, r));
            }

            case "neighbors":
            {
                var r = await q.NeighborsAsync(n[0], s.Filter, s.Limit ?? 100, ct).ConfigureAwait(false);
                return (r, w => QueryTables.Neighbors(w, r));
            }

            case "between":
            {
                var r = await q.BetweenAsync(n[0], n[1], s.Limit ?? 100, ct).ConfigureAwait(false);
                return (r, w => QueryTables.Statements(w, $"{r.A} and {r.B}", r.Statements));
            }

            case "path":
            {
                var r = await q.PathAsync(n[0], n[1], a.PositiveInt("--max-hops", 4, QueryLimits.MaxPathHops), a.Values("--exclude").Select(p => p.ToUpperInvariant()).ToList(), s.Limit ?? 25, ct).ConfigureAwait(false);
                return (r, w => QueryTables.Path(w, r, a.PositiveInt("--max-hops", 4, QueryLimits.MaxPathHops)));
            }

            case "timeline":
            {
                var r = await q.TimelineAsync(n[0], s.Limit ?? 100, ct).ConfigureAwait(false);
                return (r, w => QueryTables.Statements(w, $"timeline of {r.Entity}", r.Statements));
            }

            case "who":
            {
                var r = await q.WhoAsync(n[0], a.Value("--subject"), a.Value("--object"), s.Limit ?? 100, ct).ConfigureAwait(false);
                return (r, w => QueryTables.Who(w, n[0], r));
            }

            case "claims":
            {
                var r = await q.ClaimsAsync(n.Count == 0 ? null : n[0], s.Limit ?? 100, ct).ConfigureAwait(false);
                return (r, w => QueryTables.Claims(w, r));
            }

            case "evidence":
            {
                var r = await q.EvidenceAsync(n[0], n[1], n[2], s.Limit ?? 100, ct).ConfigureAwait(false);
                return (r, w => QueryTables.Evidence(w, r));
            }

            case "top":
            {
                var by = a.Choice("--by", "degree", "degree", "pagerank") == "pagerank" ? TopMeasure.PageRank : TopMeasure.Degree;
                var r = await q.TopAsync(by, s.Limit ?? 20, ct).ConfigureAwait(false);
                return (r, w => QueryTables.Top(w, by, r));
            }

            case "relations":
            {
                var r = await q.RelationsAsync(n[0], n[1], ct).ConfigureAwait(false);
                return (r, w => QueryTables.Relations(w, r));
            }

            default:
            {
                var r = await q.CoMentionsAsync(n[0], s.Limit ?? 50, ct).ConfigureAwait(false);
                return (r, w => QueryTables.CoMentions(w, r));
            }
        }
    }

    private static JObject Envelope(QuerySettings s, object? result, object? error)
    {
        var o = new JObject
        {
            ["query"] = s.Kind,
            ["names"] = new JArray(s.Names),
            ["source"] = s.Source.Neo4jUri is null ? "embedded" : "neo4j",
            ["result"] = result is null ? JValue.CreateNull() : JToken.FromObject(result, Serializer),
        };
        if (error is not null)
        {
            o["error"] = JToken.FromObject(error, Serializer);
        }

        return o;
    }

    private static void Write(TextWriter w, JObject o) => w.WriteLine(o.ToString(Formatting.Indented));
}
