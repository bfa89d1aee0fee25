using GeoGraph.Queries.Neo4j;
using GeoGraph.Queries.Results;
using GeoGraph.Queries.Tests.Support;

namespace GeoGraph.Queries.Tests;

/// <summary>
/// The Neo4j implementation without a server: each query runs its own file with exactly the parameters the file uses,
/// and records map to the same result types as the embedded store's.
/// </summary>
public sealed class Neo4jGraphQueriesTests
{
    private static readonly IReadOnlyDictionary<string, object?>[] Names =
    [
        Row(("id", "country:RU"), ("name", "Russia"), ("type", "Country"), ("labelEn", "Russia"), ("labelAr", "روسيا"), ("aliases", new List<object?> { "Russian Federation" })),
        Row(("id", "country:DE"), ("name", "Germany"), ("type", "Country"), ("labelEn", "Germany"), ("labelAr", "ألمانيا"), ("aliases", new List<object?>())),
    ];

    private static IReadOnlyDictionary<string, object?> Row(params (string Key, object? Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    private static (Neo4jGraphQueries Queries, RecordingRunner Runner) Create(Func<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>? answer = null)
    {
        var runner = new RecordingRunner((q, _) => q == CypherFiles.Text("support/entity-names") ? Names : answer?.Invoke(q) ?? []);
        return (new Neo4jGraphQueries(runner), runner);
    }

    public static readonly TheoryData<string> Queries = CypherFilesTests.QueryNames;

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Each_query_runs_its_file_with_exactly_its_parameters(string name)
    {
        var (q, runner) = Create();
        await using var _ = q;
        Func<Task> run = name switch
        {
            "entity" => () => q.EntityAsync("روسيا"),
            "neighbors" => () => q.NeighborsAsync("Russia", new NeighborFilter { Family = "conflictual", From = "2024" }),
            "between" => () => q.BetweenAsync("Russia", "Germany"),
            "path" => () => q.PathAsync("Russia", "Germany", 3, ["BORDERS"]),
            "timeline" => () => q.TimelineAsync("Russia"),
            "who" => () => q.WhoAsync("SANCTIONED", obj: "Russia"),
            "claims" => () => q.ClaimsAsync("Germany"),
            "evidence" => () => q.EvidenceAsync("Russia", "THREATENED", "Germany"),
            "top" => () => q.TopAsync(),
            "relations" => () => q.RelationsAsync("Russia", "Germany"),
            _ => () => q.CoMentionsAsync("Russia"),
        };
        await run();
        var call = runner.Calls.Single(c => c.Query == CypherFiles.Text(name));
        var expected = CypherFilesTests.Parameters(string.Join('\n', call.Query.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))));
        Assert.Equal(expected.Order(StringComparer.Ordinal), call.Parameters.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Neighbors_passes_a_family_as_its_predicates_and_maps_rows()
    {
        var (q, runner) = Create(query => query == CypherFiles.Text("neighbors")
            ? [Row(("direction", "out"), ("predicate", "THREATENED"), ("otherId", "country:DE"), ("otherName", "Germany"), ("otherType", "Country"), ("mentions", 1L), ("statuses", new List<object?> { "asserted" }), ("firstSeen", "2024-11-28"), ("lastSeen", "2024-11-28"))]
            : []);
        await using var _ = q;
        var r = await q.NeighborsAsync("وروسيا", new NeighborFilter { Family = "conflictual", Statuses = ["asserted"], MinMentions = 1 });
        var p = runner.Calls.Single(c => c.Query == CypherFiles.Text("neighbors")).Parameters;
        Assert.Equal("country:RU", p["id"]);
        Assert.Equal(QueryRules.PredicatesOf(Core.Schema.PredicateFamily.Conflictual).Order(StringComparer.Ordinal), ((IEnumerable<object?>)p["predicates"]!).Cast<string>());
        Assert.Equal(["asserted"], ((IEnumerable<object?>)p["statuses"]!).Cast<string>());
        Assert.Null(p["from"]);
        var n = Assert.Single(r.Relations);
        Assert.Equal(new NeighborRelation("out", "THREATENED", "conflictual", new EntityRef("country:DE", "Germany", "Country"), 1, ["asserted"], "2024-11-28", "2024-11-28"), n with { Statuses = n.Statuses.ToList() }, new NeighborComparer());
    }

    [Fact]
    public async Task Flattened_statement_properties_become_qualifiers()
    {
        var statement = Row(
            ("id", "s1"), ("articleId", "seed"), ("articleDate", "2024-11-28"), ("subjectId", "country:RU"), ("subjectName", "Russia"), ("subjectType", "Country"),
            ("predicate", "THREATENED"), ("objectId", "country:DE"), ("objectName", "Germany"), ("objectType", "Country"), ("status", "asserted"),
            ("time", null), ("when", "2024-11-28"), ("sentence", 19L), ("startOffset", 5L), ("endOffset", 9L), ("evidence", "text"), ("rule", "r"), ("confidence", 0.9),
            ("properties", Row(("id", "s1"), ("predicate", "THREATENED"), ("count", "2"), ("of", "espionage"), ("end", 9L))));
        var (q, _) = Create(query => query == CypherFiles.Text("between") ? [statement] : []);
        await using var __ = q;
        var s = Assert.Single((await q.BetweenAsync("Russia", "Germany")).Statements);
        Assert.Equal(new Dictionary<string, string> { ["count"] = "2", ["of"] = "espionage" }, s.Qualifiers);
        Assert.Equal((19, 5, 9), (s.Evidence.Sentence, s.Evidence.Start, s.Evidence.End));
        Assert.Null(s.AttributedTo);
    }

    [Fact]
    public async Task Same_start_and_end_answers_without_asking_the_server()
    {
        var (q, runner) = Create();
        await using var _ = q;
        var r = await q.PathAsync("Russia", "روسيا");
        Assert.Equal(0, r.Hops);
        Assert.DoesNotContain(runner.Calls, c => c.Query == CypherFiles.Text("path"));
    }

    private sealed class NeighborComparer : IEqualityComparer<NeighborRelation>
    {
        public bool Equals(NeighborRelation? x, NeighborRelation? y) =>
            x is not null && y is not null && (x with { Statuses = [] }) == (y with { Statuses = [] }) && x.Statuses.SequenceEqual(y.Statuses);

        public int GetHashCode(NeighborRelation obj) => obj.Predicate.GetHashCode(StringComparison.Ordinal);
    }
}
