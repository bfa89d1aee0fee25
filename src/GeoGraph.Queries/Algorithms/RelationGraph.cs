using QuikGraph;

namespace GeoGraph.Queries.Algorithms;

/// <summary>
/// The entity graph the <c>path</c> and <c>top --by pagerank</c> queries walk: one vertex per entity, one edge per
/// distinct (subject, predicate, object) — the same relations Neo4j keeps as typed relationships. A symmetric
/// predicate stated both ways is one edge. Built once per store and cached; vertices are dense ints so the search
/// works on arrays rather than string dictionaries.
/// </summary>
internal sealed class RelationGraph
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> ids = [];
    private readonly List<string> predicateNames = [];
    private readonly Dictionary<string, int> predicateIndex = new(StringComparer.Ordinal);

    /// <summary>Builds the graph from relation triples.</summary>
    /// <param name="edges">Relations; duplicates and reversed symmetric duplicates are merged.</param>
    public RelationGraph(IEnumerable<RelationEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var seen = new HashSet<(int, int, int)>();
        var directed = new List<(int Source, int Target, int Predicate)>();
        foreach (var e in edges)
        {
            // A symmetric relation points from the lower id to the higher, as the Neo4j loader stores it.
            var (subject, obj) = QueryRules.IsSymmetric(e.Predicate) && string.CompareOrdinal(e.Subject, e.Object) > 0 ? (e.Object, e.Subject) : (e.Subject, e.Object);
            var s = Vertex(subject);
            var o = Vertex(obj);
            var p = Predicate(e.Predicate);
            var key = (s, o, p);
            if (seen.Add(key))
            {
                directed.Add(key);
            }
        }

        Graph = new UndirectedGraph<int, TaggedUndirectedEdge<int, EdgeTag>>(allowParallelEdges: true);
        for (var v = 0; v < ids.Count; v++)
        {
            Graph.AddVertex(v);
        }

        foreach (var (s, o, p) in directed)
        {
            // QuikGraph's undirected edges need source <= target; the tag keeps the stated direction.
            var edge = s <= o
                ? new TaggedUndirectedEdge<int, EdgeTag>(s, o, new EdgeTag(p, Reversed: false))
                : new TaggedUndirectedEdge<int, EdgeTag>(o, s, new EdgeTag(p, Reversed: true));
            Graph.AddEdge(edge);
        }

        Directed = directed;
    }

    /// <summary>The undirected multigraph over vertex numbers.</summary>
    public UndirectedGraph<int, TaggedUndirectedEdge<int, EdgeTag>> Graph { get; }

    /// <summary>The distinct relations as (subject, object, predicate) vertex and predicate numbers.</summary>
    public IReadOnlyList<(int Source, int Target, int Predicate)> Directed { get; }

    /// <summary>The number of vertices.</summary>
    public int VertexCount => ids.Count;

    /// <summary>The entity id of a vertex.</summary>
    public string Id(int vertex) => ids[vertex];

    /// <summary>The vertex of an entity id, if it takes part in any relation.</summary>
    public bool TryVertex(string id, out int vertex) => index.TryGetValue(id, out vertex);

    /// <summary>The schema name of a predicate number.</summary>
    public string PredicateName(int predicate) => predicateNames[predicate];

    /// <summary>The number of a predicate name, or -1 when no edge uses it.</summary>
    public int PredicateNumber(string name) => predicateIndex.TryGetValue(name, out var p) ? p : -1;

    private int Vertex(string id)
    {
        if (!index.TryGetValue(id, out var v))
        {
            v = ids.Count;
            index[id] = v;
            ids.Add(id);
        }

        return v;
    }

    private int Predicate(string name)
    {
        if (!predicateIndex.TryGetValue(name, out var p))
        {
            p = predicateNames.Count;
            predicateIndex[name] = p;
            predicateNames.Add(name);
        }

        return p;
    }

    /// <summary>What an edge carries: its predicate and whether it was stated target-to-source.</summary>
    /// <param name="Predicate">The predicate number.</param>
    /// <param name="Reversed">True when the subject is the edge's QuikGraph target.</param>
    internal readonly record struct EdgeTag(int Predicate, bool Reversed);
}
