using GeoGraph.Bolt;
using GeoGraph.Core.Model;
using GeoGraph.Core.Text;
using GeoGraph.Queries.Algorithms;
using GeoGraph.Queries.Neo4j;
using GeoGraph.Queries.Resolution;
using GeoGraph.Queries.Results;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Queries;

/// <summary>
/// The query library over Neo4j: each query runs its file from <c>cypher/queries</c> (embedded in this assembly) with
/// parameters only. Names are resolved in memory from the entities' names, labels and aliases (read once), exactly as
/// on the embedded store. The graph model is the one the loader writes: <c>(:Entity)</c>, <c>(:Article)</c>,
/// <c>(:Statement)</c> with <c>STATES</c>, <c>SUBJECT</c>, <c>OBJECT</c>, <c>ATTRIBUTED_TO</c>, <c>DENIED_BY</c>, and one
/// typed relationship per predicate between entities.
/// </summary>
public sealed class Neo4jGraphQueries : IGraphQueries
{
    // Statement node properties that are fields of their own; any other property is a qualifier.
    private static readonly HashSet<string> StatementFields = new(StringComparer.Ordinal)
    {
        "id", "predicate", "status", "time", "sentence", "start", "end", "evidence", "rule", "confidence", "article",
        "article_id", "subject", "subject_id", "object", "object_id", "attributed_to", "denied_by", "qualifiers", "matched",
    };

    private readonly ICypherRunner runner;
    private readonly EntityResolver resolver;

    /// <summary>Creates the library over a query runner.</summary>
    /// <param name="runner">Runs read queries against the Neo4j database; disposed with this object.</param>
    public Neo4jGraphQueries(ICypherRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        this.runner = runner;
        resolver = new EntityResolver(new Neo4jNameSource(runner));
    }

    /// <summary>Creates the library over the project's Bolt driver.</summary>
    /// <param name="driver">A connected driver, e.g. <c>GraphDatabase.Driver("bolt://localhost:7687", AuthTokens.Basic(user, password))</c>.</param>
    /// <param name="database">The database to query, or null for the server's default.</param>
    /// <param name="ownsDriver">Whether disposing this object disposes the driver too.</param>
    public Neo4jGraphQueries(IDriver driver, string? database = null, bool ownsDriver = false)
        : this(new BoltCypherRunner(driver ?? throw new ArgumentNullException(nameof(driver)), database, ownsDriver))
    {
    }

    /// <inheritdoc />
    public async Task<EntityResolution> EntityAsync(string name, CancellationToken cancellationToken = default)
    {
        var outcome = await resolver.ResolveAsync(name, cancellationToken).ConfigureAwait(false);
        if (outcome.Candidates.Count == 0)
        {
            return new EntityResolution(name, outcome.Status, [], outcome.Suggestions);
        }

        var rows = await RunAsync("entity", new() { ["ids"] = outcome.Candidates.Select(c => (object?)c.Id).ToList(), ["name"] = null }, cancellationToken).ConfigureAwait(false);
        var matches = rows.Select(row =>
        {
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (CypherValues.OptionalString(row, "labelEn") is { } en)
            {
                labels["en"] = en;
            }

            if (CypherValues.OptionalString(row, "labelAr") is { } ar)
            {
                labels["ar"] = ar;
            }

            var top = CypherValues.List(row, "topRelations").Select(CypherValues.Map).Select(m =>
                new RelationSummary(
                    CypherValues.String(m, "direction"),
                    CypherValues.String(m, "predicate"),
                    new EntityRef(CypherValues.String(m, "id"), CypherValues.OptionalString(m, "name") ?? CypherValues.String(m, "id"), CypherValues.OptionalString(m, "type") ?? "unknown"),
                    CypherValues.Long(m, "mentions")));
            return new EntityDetails(
                new EntityRef(CypherValues.String(row, "id"), CypherValues.String(row, "name"), CypherValues.OptionalString(row, "type") ?? "unknown"),
                labels,
                Aliases(CypherValues.String(row, "name"), labels.Values, CypherValues.Strings(row, "aliases")),
                CypherValues.Long(row, "degree"),
                QueryRules.Ordered(top).Take(QueryLimits.TopRelations).ToList());
        }).ToList();
        return new EntityResolution(name, outcome.Status, matches, outcome.Suggestions);
    }

    /// <inheritdoc />
    public async Task<NeighborsResult> NeighborsAsync(string name, NeighborFilter? filter = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        var (predicates, statuses, from, to, minMentions) = ValidatedNeighborFilter.Of(filter);
        var entity = await resolver.ResolveOneAsync(name, cancellationToken).ConfigureAwait(false);
        var rows = await RunAsync("neighbors", new()
        {
            ["id"] = entity.Id,
            ["predicates"] = predicates?.Cast<object?>().ToList(),
            ["statuses"] = statuses?.Cast<object?>().ToList(),
            ["from"] = from,
            ["to"] = to,
            ["minMentions"] = (long)minMentions,
            ["limit"] = (long)QueryRules.Limit(limit),
        }, cancellationToken).ConfigureAwait(false);
        var relations = rows.Select(r => new NeighborRelation(
            CypherValues.String(r, "direction"),
            CypherValues.String(r, "predicate"),
            QueryRules.FamilyOf(CypherValues.String(r, "predicate")),
            CypherValues.Entity(r, "other"),
            CypherValues.Long(r, "mentions"),
            CypherValues.Strings(r, "statuses").Order(StringComparer.Ordinal).ToList(),
            CypherValues.OptionalString(r, "firstSeen"),
            CypherValues.OptionalString(r, "lastSeen")));
        return new NeighborsResult(entity, QueryRules.Ordered(relations).ToList());
    }

    /// <inheritdoc />
    public async Task<BetweenResult> BetweenAsync(string a, string b, int limit = 100, CancellationToken cancellationToken = default)
    {
        var ea = await resolver.ResolveOneAsync(a, cancellationToken).ConfigureAwait(false);
        var eb = await resolver.ResolveOneAsync(b, cancellationToken).ConfigureAwait(false);
        var rows = await RunAsync("between", new() { ["a"] = ea.Id, ["b"] = eb.Id, ["limit"] = (long)QueryRules.Limit(limit) }, cancellationToken).ConfigureAwait(false);
        return new BetweenResult(ea, eb, QueryRules.InTimeOrder(rows.Select(ReadStatement)).ToList());
    }

    /// <inheritdoc />
    public async Task<PathResult> PathAsync(string from, string to, int maxHops = 4, IReadOnlyCollection<string>? excludePredicates = null, int limit = 25, CancellationToken cancellationToken = default)
    {
        var hops = QueryRules.MaxHops(maxHops);
        var excluded = (excludePredicates ?? []).Select(QueryRules.Predicate).ToList();
        var source = await resolver.ResolveOneAsync(from, cancellationToken).ConfigureAwait(false);
        var target = await resolver.ResolveOneAsync(to, cancellationToken).ConfigureAwait(false);
        if (string.Equals(source.Id, target.Id, StringComparison.Ordinal))
        {
            // allShortestPaths rejects equal end points; the empty path is the answer.
            return new PathResult(source, target, 0, [new GraphPath([source], [])]);
        }

        var rows = await RunAsync("path", new()
        {
            ["from"] = source.Id,
            ["to"] = target.Id,
            ["maxHops"] = (long)hops,
            ["exclude"] = excluded.Cast<object?>().ToList(),
            // Fetch more than asked so the cut at `limit` is made over a stable order, as on the embedded store.
            ["limit"] = (long)Math.Max(1000, limit),
        }, cancellationToken).ConfigureAwait(false);
        var paths = rows.Select(row =>
            {
                var nodes = CypherValues.List(row, "nodes").Select(CypherValues.Map)
                    .Select(m => new EntityRef(CypherValues.String(m, "id"), CypherValues.OptionalString(m, "name") ?? CypherValues.String(m, "id"), CypherValues.OptionalString(m, "type") ?? "unknown"))
                    .ToList();
                var byId = nodes.DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
                var steps = CypherValues.List(row, "steps").Select(CypherValues.Map)
                    .Select(m => new PathStep(byId[CypherValues.String(m, "subject")], CypherValues.String(m, "predicate"), byId[CypherValues.String(m, "object")]))
                    .ToList();
                return new GraphPath(nodes, steps);
            })
            // A symmetric relation stored in both directions is one relation, as in the embedded graph.
            .DistinctBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Take(QueryRules.Limit(limit))
            .ToList();
        return new PathResult(source, target, paths.Count == 0 ? null : paths[0].Hops, paths);
    }

    /// <inheritdoc />
    public async Task<TimelineResult> TimelineAsync(string name, int limit = 100, CancellationToken cancellationToken = default)
    {
        var entity = await resolver.ResolveOneAsync(name, cancellationToken).ConfigureAwait(false);
        var rows = await RunAsync("timeline", new() { ["id"] = entity.Id, ["limit"] = (long)QueryRules.Limit(limit) }, cancellationToken).ConfigureAwait(false);
        return new TimelineResult(entity, QueryRules.InTimeOrder(rows.Select(ReadStatement)).ToList());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RelationAggregate>> WhoAsync(string predicate, string? subject = null, string? obj = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        var p = QueryRules.Predicate(predicate);
        var s = subject is null ? null : await resolver.ResolveOneAsync(subject, cancellationToken).ConfigureAwait(false);
        var o = obj is null ? null : await resolver.ResolveOneAsync(obj, cancellationToken).ConfigureAwait(false);
        var rows = await RunAsync("who", new() { ["predicate"] = p, ["subject"] = s?.Id, ["object"] = o?.Id, ["limit"] = (long)QueryRules.Limit(limit) }, cancellationToken).ConfigureAwait(false);
        return QueryRules.Ordered(rows.Select(r => new RelationAggregate(
            CypherValues.Entity(r, "subject"),
            p,
            CypherValues.Entity(r, "object"),
            CypherValues.Long(r, "mentions"),
            CypherValues.Strings(r, "statuses").Order(StringComparer.Ordinal).ToList(),
            CypherValues.OptionalString(r, "firstSeen"),
            CypherValues.OptionalString(r, "lastSeen")))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StatementView>> ClaimsAsync(string? name = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        var entity = name is null ? null : await resolver.ResolveOneAsync(name, cancellationToken).ConfigureAwait(false);
        var rows = await RunAsync("claims", new() { ["id"] = entity?.Id, ["limit"] = (long)QueryRules.Limit(limit) }, cancellationToken).ConfigureAwait(false);
        return QueryRules.InTimeOrder(rows.Select(ReadStatement)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(string subject, string predicate, string obj, int limit = 100, CancellationToken cancellationToken = default)
    {
        var p = QueryRules.Predicate(predicate);
        var s = await resolver.ResolveOneAsync(subject, cancellationToken).ConfigureAwait(false);
        var o = await resolver.ResolveOneAsync(obj, cancellationToken).ConfigureAwait(false);
        var rows = await RunAsync("evidence", new()
        {
            ["subject"] = s.Id,
            ["predicate"] = p,
            ["object"] = o.Id,
            ["bothDirections"] = QueryRules.IsSymmetric(p),
            ["limit"] = (long)QueryRules.Limit(limit),
        }, cancellationToken).ConfigureAwait(false);
        return QueryRules.Ordered(rows.Select(r => new EvidenceRow(
            CypherValues.String(r, "statementId"),
            CypherValues.String(r, "articleId"),
            CypherValues.OptionalString(r, "title"),
            CypherValues.OptionalString(r, "date"),
            CypherValues.OptionalString(r, "url"),
            CypherValues.OptionalString(r, "source"),
            CypherValues.Entity(r, "subject"),
            p,
            CypherValues.Entity(r, "object"),
            CypherValues.String(r, "status"),
            new Evidence(CypherValues.Int(r, "sentence"), CypherValues.Int(r, "startOffset"), CypherValues.Int(r, "endOffset"), CypherValues.OptionalString(r, "evidence") ?? string.Empty)))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TopEntity>> TopAsync(TopMeasure by = TopMeasure.Degree, int limit = 20, CancellationToken cancellationToken = default)
    {
        if (by == TopMeasure.Degree)
        {
            var rows = await RunAsync("top", new() { ["limit"] = (long)QueryRules.Limit(limit) }, cancellationToken).ConfigureAwait(false);
            return QueryRules.Ordered(rows.Select(r => new TopEntity(ReadRef(r), CypherValues.Long(r, "degree"), CypherValues.Long(r, "degree")))).ToList();
        }

        // PageRank without the Graph Data Science library: the same computation as on the embedded store, over the
        // distinct relations, with every entity's degree for the table.
        var edges = await RunAsync("support/edges", [], cancellationToken).ConfigureAwait(false);
        var graph = new RelationGraph(edges.Select(e => new RelationEdge(CypherValues.String(e, "subject"), CypherValues.String(e, "predicate"), CypherValues.String(e, "object"))));
        var ranks = GraphRanks.Of(graph);
        var degrees = await RunAsync("top", new() { ["limit"] = (long)int.MaxValue }, cancellationToken).ConfigureAwait(false);
        return QueryRules.Ordered(degrees.Select(r =>
            {
                var e = ReadRef(r);
                return new TopEntity(e, CypherValues.Long(r, "degree"), graph.TryVertex(e.Id, out var v) ? ranks[v] : 0);
            }))
            .Take(QueryRules.Limit(limit))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<RelationsResult> RelationsAsync(string a, string b, CancellationToken cancellationToken = default)
    {
        var ea = await resolver.ResolveOneAsync(a, cancellationToken).ConfigureAwait(false);
        var eb = await resolver.ResolveOneAsync(b, cancellationToken).ConfigureAwait(false);
        var rows = await RunAsync("relations", new() { ["a"] = ea.Id, ["b"] = eb.Id }, cancellationToken).ConfigureAwait(false);
        var months = rows.Select(r => new ToneMonth(
                CypherValues.String(r, "month"),
                CypherValues.Long(r, "cooperative"),
                CypherValues.Long(r, "conflictual"),
                CypherValues.Double(r, "tone")))
            .OrderBy(m => m.Month, StringComparer.Ordinal)
            .ToList();
        return new RelationsResult(ea, eb, months);
    }

    /// <inheritdoc />
    public async Task<CoMentionsResult> CoMentionsAsync(string name, int limit = 50, CancellationToken cancellationToken = default)
    {
        var entity = await resolver.ResolveOneAsync(name, cancellationToken).ConfigureAwait(false);
        var rows = await RunAsync("co-mentions", new() { ["id"] = entity.Id, ["limit"] = (long)QueryRules.Limit(limit) }, cancellationToken).ConfigureAwait(false);
        return new CoMentionsResult(entity, QueryRules.Ordered(rows.Select(r =>
        {
            var articles = CypherValues.Strings(r, "articleIds").Order(StringComparer.Ordinal).ToList();
            return new CoMention(ReadRef(r), articles.Count, articles);
        })).ToList());
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => runner.DisposeAsync();

    private Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(string file, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        runner.RunAsync(CypherFiles.Text(file), parameters, cancellationToken);

    /// <summary>
    /// Aliases as the embedded store lists them: one spelling per lookup key, none that only repeats the name or a label.
    /// </summary>
    private static List<string> Aliases(string name, IEnumerable<string> labels, IEnumerable<string> aliases)
    {
        var seen = labels.Append(name).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        return aliases.Where(a => seen.Add(NameKey.Of(a))).Order(StringComparer.Ordinal).ToList();
    }

    private static EntityRef ReadRef(IReadOnlyDictionary<string, object?> r) =>
        new(CypherValues.String(r, "id"), CypherValues.OptionalString(r, "name") ?? CypherValues.String(r, "id"), CypherValues.OptionalString(r, "type") ?? "unknown");

    private static StatementView ReadStatement(IReadOnlyDictionary<string, object?> r)
    {
        var time = CypherValues.OptionalString(r, "time");
        var date = CypherValues.OptionalString(r, "articleDate");
        return new StatementView(
            CypherValues.String(r, "id"),
            CypherValues.String(r, "articleId"),
            date,
            CypherValues.Entity(r, "subject"),
            CypherValues.String(r, "predicate"),
            CypherValues.Entity(r, "object"),
            CypherValues.String(r, "status"),
            CypherValues.OptionalEntity(r, "attributedTo"),
            CypherValues.OptionalEntity(r, "deniedBy"),
            time,
            CypherValues.OptionalString(r, "when"),
            ReadQualifiers(r.TryGetValue("properties", out var p) ? CypherValues.Map(p) : new Dictionary<string, object?>()),
            new Evidence(CypherValues.Int(r, "sentence"), CypherValues.Int(r, "startOffset"), CypherValues.Int(r, "endOffset"), CypherValues.OptionalString(r, "evidence") ?? string.Empty),
            CypherValues.OptionalString(r, "rule") ?? "unknown",
            CypherValues.Double(r, "confidence"));
    }

    /// <summary>
    /// Qualifiers as the loader stores them: a JSON string or a map under <c>qualifiers</c>, or flattened into the node
    /// as properties (optionally prefixed <c>q_</c>). All three read alike.
    /// </summary>
    private static IReadOnlyDictionary<string, string> ReadQualifiers(IReadOnlyDictionary<string, object?> properties)
    {
        if (properties.TryGetValue("qualifiers", out var q) && q is not null)
        {
            return q is string json
                ? Qualifiers.FromJson(json)
                : Qualifiers.FromValues(CypherValues.Map(q));
        }

        return Qualifiers.FromValues(properties
            .Where(p => !StatementFields.Contains(p.Key))
            .Select(p => new KeyValuePair<string, object?>(p.Key.StartsWith("q_", StringComparison.Ordinal) ? p.Key[2..] : p.Key, p.Value)));
    }
}
