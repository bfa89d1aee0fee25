using GeoGraph.Queries.Algorithms;

namespace GeoGraph.Queries;

/// <summary>PageRank over a relation graph: edges subject → object, both ways for symmetric predicates.</summary>
internal static class GraphRanks
{
    /// <summary>The rank of every vertex of the graph.</summary>
    public static double[] Of(RelationGraph graph)
    {
        var edges = new List<(int, int)>(graph.Directed.Count * 2);
        foreach (var (s, t, p) in graph.Directed)
        {
            edges.Add((s, t));
            if (QueryRules.IsSymmetric(graph.PredicateName(p)))
            {
                edges.Add((t, s));
            }
        }

        return PageRank.Compute(graph.VertexCount, edges);
    }
}
