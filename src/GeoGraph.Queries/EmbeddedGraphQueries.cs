using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Queries.Algorithms;
using GeoGraph.Queries.Embedded;
using GeoGraph.Queries.Resolution;
using GeoGraph.Queries.Results;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Queries;

/// <summary>
/// The query library over the embedded SQLite store (the tables of <c>GeoGraph.Storage/Sqlite/schema.sql</c>). Lookups
/// use the store's indexes; <c>path</c> and PageRank use an in-memory relation graph built on first use and kept for
/// the life of this object, so open a new instance to see statements ingested since.
/// </summary>
public sealed class EmbeddedGraphQueries : IGraphQueries
{
    private const string StatementColumns =
        "s.id, s.article_id, a.date, s.subject_id, se.name, se.type, s.predicate, s.object_id, oe.name, oe.type, s.status, " +
        "s.attributed_to, ae.name, ae.type, s.denied_by, de.name, de.type, s.time, s.qualifiers_json, s.sentence, s.start, s.\"end\", " +
        "s.evidence, s.rule, s.confidence " +
        "FROM statements s JOIN articles a ON a.id = s.article_id " +
        "JOIN entities se ON se.id = s.subject_id JOIN entities oe ON oe.id = s.object_id " +
        "LEFT JOIN entities ae ON ae.id = s.attributed_to LEFT JOIN entities de ON de.id = s.denied_by ";

    private readonly SqliteStore store;
    private readonly EntityResolver resolver;
    private readonly SemaphoreSlim graphGate = new(1, 1);
    private RelationGraph? graph;

    /// <summary>Opens the store at a path for querying.</summary>
    /// <param name="path">The SQLite file written by <c>geograph ingest</c>.</param>
    /// <exception cref="FileNotFoundException">No file at the path.</exception>
    public EmbeddedGraphQueries(string path)
    {
        store = new SqliteStore(path);
        resolver = new EntityResolver(new SqliteNameSource(store));
    }

    /// <inheritdoc />
    public async Task<EntityResolution> EntityAsync(string name, CancellationToken cancellationToken = default)
    {
        var outcome = await resolver.ResolveAsync(name, cancellationToken).ConfigureAwait(false);
        var matches = new List<EntityDetails>();
        foreach (var e in outcome.Candidates)
        {
            matches.Add(await DetailsAsync(e, cancellationToken).ConfigureAwait(false));
        }

        return new EntityResolution(name, outcome.Status, matches, outcome.Suggestions);
    }

    /// <inheritdoc />
    public async Task<NeighborsResult> NeighborsAsync(string name, NeighborFilter? filter = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        var (predicates, statuses, from, to, minMentions) = ValidatedNeighborFilter.Of(filter);
        var entity = await resolver.ResolveOneAsync(name, cancellationToken).ConfigureAwait(false);
        var rows = await store.ReadAsync(c => IncidentRows(c, entity.Id), cancellationToken).ConfigureAwait(false);
        var relations = rows
            .Where(r => predicates is null || predicates.Contains(r.Predicate, StringComparer.Ordinal))
            .Where(r => statuses is null || statuses.Contains(r.Status, StringComparer.Ordinal))
            .Where(r => QueryRules.InRange(r.When, from, to))
            .GroupBy(r => (r.Direction, r.Predicate, r.Other.Id))
            .Select(g => new NeighborRelation(
                g.Key.Direction,
                g.Key.Predicate,
                QueryRules.FamilyOf(g.Key.Predicate),
                g.First().Other,
                g.Count(),
                g.Select(r => r.Status).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.Select(r => r.When).Where(w => w is not null).Min(StringComparer.Ordinal),
                g.Select(r => r.When).Where(w => w is not null).Max(StringComparer.Ordinal)))
            .Where(r => r.Mentions >= minMentions);
        return new NeighborsResult(entity, QueryRules.Ordered(relations).Take(QueryRules.Limit(limit)).ToList());
    }

    /// <inheritdoc />
    public async Task<BetweenResult> BetweenAsync(string a, string b, int limit = 100, CancellationToken cancellationToken = default)
    {
        var ea = await resolver.ResolveOneAsync(a, cancellationToken).ConfigureAwait(false);
        var eb = await resolver.ResolveOneAsync(b, cancellationToken).ConfigureAwait(false);
        var statements = await StatementsAsync(
            "WHERE (s.subject_id = $a AND s.object_id = $b) OR (s.subject_id = $b AND s.object_id = $a)",
            [("$a", ea.Id), ("$b", eb.Id)],
            cancellationToken).ConfigureAwait(false);
        return new BetweenResult(ea, eb, QueryRules.InTimeOrder(statements).Take(QueryRules.Limit(limit)).ToList());
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
            return new PathResult(source, target, 0, [new GraphPath([source], [])]);
        }

        var g = await GraphAsync(cancellationToken).ConfigureAwait(false);
        if (!g.TryVertex(source.Id, out var s) || !g.TryVertex(target.Id, out var t))
        {
            return new PathResult(source, target, null, []);
        }

        var excludedNumbers = excluded.Select(g.PredicateNumber).Where(p => p >= 0).ToHashSet();
        // Enumerate more than asked so the cut at `limit` is made over a stable order, not the search order.
        var found = ShortestPaths.Find(g, s, t, hops, excludedNumbers, maxPaths: Math.Max(1000, limit), cancellationToken);
        var ids = found.SelectMany(p => p.Vertices).Distinct().Select(g.Id).ToList();
        var refs = await RefsAsync(ids, cancellationToken).ConfigureAwait(false);
        var paths = found
            .Select(p => new GraphPath(
                p.Vertices.Select(v => refs[g.Id(v)]).ToList(),
                p.Edges.Select(e =>
                {
                    var (subject, obj) = e.Tag.Reversed ? (e.Target, e.Source) : (e.Source, e.Target);
                    return new PathStep(refs[g.Id(subject)], g.PredicateName(e.Tag.Predicate), refs[g.Id(obj)]);
                }).ToList()))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Take(QueryRules.Limit(limit))
            .ToList();
        return new PathResult(source, target, paths.Count == 0 ? null : paths[0].Hops, paths);
    }

    /// <inheritdoc />
    public async Task<TimelineResult> TimelineAsync(string name, int limit = 100, CancellationToken cancellationToken = default)
    {
        var entity = await resolver.ResolveOneAsync(name, cancellationToken).ConfigureAwait(false);
        var statements = await StatementsAsync("WHERE s.subject_id = $id OR s.object_id = $id", [("$id", entity.Id)], cancellationToken).ConfigureAwait(false);
        return new TimelineResult(entity, QueryRules.InTimeOrder(statements).Take(QueryRules.Limit(limit)).ToList());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RelationAggregate>> WhoAsync(string predicate, string? subject = null, string? obj = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        var p = QueryRules.Predicate(predicate);
        var s = subject is null ? null : await resolver.ResolveOneAsync(subject, cancellationToken).ConfigureAwait(false);
        var o = obj is null ? null : await resolver.ResolveOneAsync(obj, cancellationToken).ConfigureAwait(false);
        var statements = await StatementsAsync(
            "WHERE s.predicate = $p AND ($s IS NULL OR s.subject_id = $s) AND ($o IS NULL OR s.object_id = $o)",
            [("$p", p), ("$s", s?.Id), ("$o", o?.Id)],
            cancellationToken).ConfigureAwait(false);
        var rows = statements
            .GroupBy(st => (st.Subject.Id, st.Object.Id))
            .Select(g => new RelationAggregate(
                g.First().Subject,
                p,
                g.First().Object,
                g.Count(),
                g.Select(st => st.Status).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.Select(st => st.When).Where(w => w is not null).Min(StringComparer.Ordinal),
                g.Select(st => st.When).Where(w => w is not null).Max(StringComparer.Ordinal)));
        return QueryRules.Ordered(rows).Take(QueryRules.Limit(limit)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StatementView>> ClaimsAsync(string? name = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        var entity = name is null ? null : await resolver.ResolveOneAsync(name, cancellationToken).ConfigureAwait(false);
        var statements = await StatementsAsync(
            "WHERE s.status IN ('reported', 'disputed', 'negated') AND ($id IS NULL OR s.subject_id = $id OR s.object_id = $id OR s.attributed_to = $id OR s.denied_by = $id)",
            [("$id", entity?.Id)],
            cancellationToken).ConfigureAwait(false);
        return QueryRules.InTimeOrder(statements).Take(QueryRules.Limit(limit)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(string subject, string predicate, string obj, int limit = 100, CancellationToken cancellationToken = default)
    {
        var p = QueryRules.Predicate(predicate);
        var s = await resolver.ResolveOneAsync(subject, cancellationToken).ConfigureAwait(false);
        var o = await resolver.ResolveOneAsync(obj, cancellationToken).ConfigureAwait(false);
        var rows = await store.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText =
                "SELECT s.id, a.id, a.title, a.date, a.url, a.source, s.subject_id, se.name, se.type, s.object_id, oe.name, oe.type, s.status, " +
                "s.sentence, s.start, s.\"end\", s.evidence FROM statements s JOIN articles a ON a.id = s.article_id " +
                "JOIN entities se ON se.id = s.subject_id JOIN entities oe ON oe.id = s.object_id " +
                "WHERE s.predicate = $p AND ((s.subject_id = $s AND s.object_id = $o) OR ($both AND s.subject_id = $o AND s.object_id = $s))";
            command.Parameters.AddWithValue("$p", p);
            command.Parameters.AddWithValue("$s", s.Id);
            command.Parameters.AddWithValue("$o", o.Id);
            command.Parameters.AddWithValue("$both", QueryRules.IsSymmetric(p) ? 1 : 0);
            using var reader = command.ExecuteReader();
            var list = new List<EvidenceRow>();
            while (reader.Read())
            {
                list.Add(new EvidenceRow(
                    reader.GetString(0),
                    reader.GetString(1),
                    NullableString(reader, 2),
                    NullableString(reader, 3),
                    NullableString(reader, 4),
                    NullableString(reader, 5),
                    new EntityRef(reader.GetString(6), reader.GetString(7), reader.GetString(8)),
                    p,
                    new EntityRef(reader.GetString(9), reader.GetString(10), reader.GetString(11)),
                    reader.GetString(12),
                    new Evidence(reader.GetInt32(13), reader.GetInt32(14), reader.GetInt32(15), reader.GetString(16))));
            }

            return list;
        }, cancellationToken).ConfigureAwait(false);
        return QueryRules.Ordered(rows).Take(QueryRules.Limit(limit)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TopEntity>> TopAsync(TopMeasure by = TopMeasure.Degree, int limit = 20, CancellationToken cancellationToken = default)
    {
        var degrees = await store.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText =
                "SELECT d.id, e.name, e.type, d.n FROM (SELECT id, COUNT(*) AS n FROM (SELECT subject_id AS id FROM statements UNION ALL " +
                "SELECT object_id FROM statements) GROUP BY id) d JOIN entities e ON e.id = d.id";
            using var reader = command.ExecuteReader();
            var list = new Dictionary<string, (EntityRef Entity, long Degree)>(StringComparer.Ordinal);
            while (reader.Read())
            {
                list[reader.GetString(0)] = (new EntityRef(reader.GetString(0), reader.GetString(1), reader.GetString(2)), reader.GetInt64(3));
            }

            return list;
        }, cancellationToken).ConfigureAwait(false);
        if (by == TopMeasure.Degree)
        {
            return QueryRules.Ordered(degrees.Values.Select(d => new TopEntity(d.Entity, d.Degree, d.Degree))).Take(QueryRules.Limit(limit)).ToList();
        }

        var g = await GraphAsync(cancellationToken).ConfigureAwait(false);
        var ranks = GraphRanks.Of(g);
        var top = degrees.Values
            .Select(d => new TopEntity(d.Entity, d.Degree, g.TryVertex(d.Entity.Id, out var v) ? ranks[v] : 0));
        return QueryRules.Ordered(top).Take(QueryRules.Limit(limit)).ToList();
    }

    /// <inheritdoc />
    public async Task<RelationsResult> RelationsAsync(string a, string b, CancellationToken cancellationToken = default)
    {
        var ea = await resolver.ResolveOneAsync(a, cancellationToken).ConfigureAwait(false);
        var eb = await resolver.ResolveOneAsync(b, cancellationToken).ConfigureAwait(false);
        var statements = await StatementsAsync(
            "WHERE (s.subject_id = $a AND s.object_id = $b) OR (s.subject_id = $b AND s.object_id = $a)",
            [("$a", ea.Id), ("$b", eb.Id)],
            cancellationToken).ConfigureAwait(false);
        var months = statements
            .Where(s => s.When is not null)
            .Select(s => (Month: QueryRules.Month(s.When!), Family: QueryRules.FamilyOf(s.Predicate)))
            .Where(s => s.Family is "cooperative" or "conflictual")
            .GroupBy(s => s.Month)
            .Select(g =>
            {
                var coop = g.LongCount(s => s.Family == "cooperative");
                var conf = g.LongCount(s => s.Family == "conflictual");
                return new ToneMonth(g.Key, coop, conf, QueryRules.Tone(coop, conf));
            })
            .OrderBy(m => m.Month, StringComparer.Ordinal)
            .ToList();
        return new RelationsResult(ea, eb, months);
    }

    /// <inheritdoc />
    public async Task<CoMentionsResult> CoMentionsAsync(string name, int limit = 50, CancellationToken cancellationToken = default)
    {
        var entity = await resolver.ResolveOneAsync(name, cancellationToken).ConfigureAwait(false);
        var rows = await store.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText =
                "WITH arts AS (SELECT article_id FROM statements WHERE subject_id = $id UNION SELECT article_id FROM statements WHERE object_id = $id), " +
                "m AS (SELECT s.article_id, s.subject_id AS eid FROM statements s JOIN arts ON arts.article_id = s.article_id " +
                "UNION SELECT s.article_id, s.object_id FROM statements s JOIN arts ON arts.article_id = s.article_id) " +
                "SELECT m.eid, e.name, e.type, m.article_id FROM m JOIN entities e ON e.id = m.eid WHERE m.eid <> $id";
            command.Parameters.AddWithValue("$id", entity.Id);
            using var reader = command.ExecuteReader();
            var list = new List<(EntityRef Entity, string Article)>();
            while (reader.Read())
            {
                list.Add((new EntityRef(reader.GetString(0), reader.GetString(1), reader.GetString(2)), reader.GetString(3)));
            }

            return list;
        }, cancellationToken).ConfigureAwait(false);
        var mentions = rows
            .GroupBy(r => r.Entity.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var articles = g.Select(r => r.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return new CoMention(g.First().Entity, articles.Count, articles);
            });
        return new CoMentionsResult(entity, QueryRules.Ordered(mentions).Take(QueryRules.Limit(limit)).ToList());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync().ConfigureAwait(false);
        graphGate.Dispose();
    }

    /// <summary>Builds (once) the relation graph used by <c>path</c> and PageRank.</summary>
    internal async Task<RelationGraph> GraphAsync(CancellationToken cancellationToken)
    {
        if (graph is not null)
        {
            return graph;
        }

        await graphGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return graph ??= await store.ReadAsync(c =>
            {
                using var command = c.CreateCommand();
                // No DISTINCT: the graph merges duplicates in a hash set, cheaper than a temp B-tree sort over every statement.
                command.CommandText = "SELECT subject_id, predicate, object_id FROM statements";
                using var reader = command.ExecuteReader();
                var edges = new List<RelationEdge>();
                while (reader.Read())
                {
                    edges.Add(new RelationEdge(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }

                return new RelationGraph(edges);
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            graphGate.Release();
        }
    }

    private async Task<EntityDetails> DetailsAsync(EntityRef entity, CancellationToken cancellationToken)
    {
        var (labels, aliases) = await store.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT labels_json FROM entities WHERE id = $id";
            command.Parameters.AddWithValue("$id", entity.Id);
            var labelsJson = command.ExecuteScalar() as string ?? "{}";
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in JObject.Parse(labelsJson).Properties())
            {
                if (p.Value.Type == JTokenType.String)
                {
                    labels[p.Name] = p.Value.Value<string>()!;
                }
            }

            command.CommandText = "SELECT name FROM entity_names WHERE entity_id = $id AND kind = 'alias'";
            var aliases = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    aliases.Add(reader.GetString(0));
                }
            }

            return (labels, aliases.Order(StringComparer.Ordinal).ToList());
        }, cancellationToken).ConfigureAwait(false);
        var rows = await store.ReadAsync(c => IncidentRows(c, entity.Id), cancellationToken).ConfigureAwait(false);
        var top = rows
            .GroupBy(r => (r.Direction, r.Predicate, r.Other.Id))
            .Select(g => new RelationSummary(g.Key.Direction, g.Key.Predicate, g.First().Other, g.Count()));
        return new EntityDetails(entity, labels, aliases, rows.Count, QueryRules.Ordered(top).Take(QueryLimits.TopRelations).ToList());
    }

    private async Task<Dictionary<string, EntityRef>> RefsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var refs = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        await store.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT id, name, type FROM entities WHERE id = $id";
            var p = command.Parameters.Add("$id", SqliteType.Text);
            foreach (var id in ids)
            {
                p.Value = id;
                using var reader = command.ExecuteReader();
                refs[id] = reader.Read() ? new EntityRef(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : new EntityRef(id, id, "unknown");
            }

            return refs;
        }, cancellationToken).ConfigureAwait(false);
        return refs;
    }

    private static List<IncidentRow> IncidentRows(SqliteConnection c, string id)
    {
        using var command = c.CreateCommand();
        // Two branches so each uses its index (subject, object) rather than an OR scan.
        command.CommandText =
            "SELECT 'out', s.predicate, s.status, COALESCE(s.time, a.date), e.id, e.name, e.type FROM statements s " +
            "JOIN articles a ON a.id = s.article_id JOIN entities e ON e.id = s.object_id WHERE s.subject_id = $id " +
            "UNION ALL " +
            "SELECT 'in', s.predicate, s.status, COALESCE(s.time, a.date), e.id, e.name, e.type FROM statements s " +
            "JOIN articles a ON a.id = s.article_id JOIN entities e ON e.id = s.subject_id WHERE s.object_id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var rows = new List<IncidentRow>();
        while (reader.Read())
        {
            rows.Add(new IncidentRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                NullableString(reader, 3),
                new EntityRef(reader.GetString(4), reader.GetString(5), reader.GetString(6))));
        }

        return rows;
    }

    private Task<List<StatementView>> StatementsAsync(string where, IReadOnlyList<(string Name, string? Value)> parameters, CancellationToken cancellationToken) =>
        store.ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT " + StatementColumns + where;
            foreach (var (n, v) in parameters)
            {
                command.Parameters.AddWithValue(n, (object?)v ?? DBNull.Value);
            }

            using var reader = command.ExecuteReader();
            var list = new List<StatementView>();
            while (reader.Read())
            {
                list.Add(ReadStatement(reader));
            }

            return list;
        }, cancellationToken);

    private static StatementView ReadStatement(SqliteDataReader r)
    {
        var date = NullableString(r, 2);
        var time = NullableString(r, 17);
        return new StatementView(
            r.GetString(0),
            r.GetString(1),
            date,
            new EntityRef(r.GetString(3), r.GetString(4), r.GetString(5)),
            r.GetString(6),
            new EntityRef(r.GetString(7), r.GetString(8), r.GetString(9)),
            r.GetString(10),
            r.IsDBNull(11) ? null : new EntityRef(r.GetString(11), r.IsDBNull(12) ? r.GetString(11) : r.GetString(12), r.IsDBNull(13) ? "unknown" : r.GetString(13)),
            r.IsDBNull(14) ? null : new EntityRef(r.GetString(14), r.IsDBNull(15) ? r.GetString(14) : r.GetString(15), r.IsDBNull(16) ? "unknown" : r.GetString(16)),
            time,
            time ?? date,
            Qualifiers.FromJson(NullableString(r, 18)),
            new Evidence(r.GetInt32(19), r.GetInt32(20), r.GetInt32(21), r.GetString(22)),
            r.GetString(23),
            r.GetDouble(24));
    }

    private static string? NullableString(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);

    private sealed record IncidentRow(string Direction, string Predicate, string Status, string? When, EntityRef Other);
}
