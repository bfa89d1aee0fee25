namespace GeoGraph.Queries.Algorithms;

/// <summary>
/// PageRank by power iteration over a directed graph given as edge lists. Rank held by vertices without out-edges
/// (dangling) is spread evenly, so ranks always sum to 1. QuikGraph 2.5's PageRankAlgorithm neither handles dangling
/// vertices nor normalises, so its scores are not comparable across graphs; this one is.
/// </summary>
internal static class PageRank
{
    /// <summary>Computes the ranks.</summary>
    /// <param name="vertexCount">The number of vertices, numbered from 0.</param>
    /// <param name="edges">Directed edges (source, target); parallel edges count once each.</param>
    /// <param name="damping">The damping factor, 0.85 by convention.</param>
    /// <param name="tolerance">Stop when the L1 change of an iteration falls below this.</param>
    /// <param name="maxIterations">Stop after this many iterations.</param>
    /// <returns>The rank of each vertex.</returns>
    public static double[] Compute(int vertexCount, IReadOnlyList<(int Source, int Target)> edges, double damping = 0.85, double tolerance = 1e-10, int maxIterations = 100)
    {
        if (vertexCount == 0)
        {
            return [];
        }

        var outDegree = new int[vertexCount];
        foreach (var (s, _) in edges)
        {
            outDegree[s]++;
        }

        var rank = new double[vertexCount];
        var next = new double[vertexCount];
        Array.Fill(rank, 1.0 / vertexCount);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var v = 0; v < vertexCount; v++)
            {
                if (outDegree[v] == 0)
                {
                    dangling += rank[v];
                }
            }

            var baseRank = ((1 - damping) + (damping * dangling)) / vertexCount;
            Array.Fill(next, baseRank);
            foreach (var (s, t) in edges)
            {
                next[t] += damping * rank[s] / outDegree[s];
            }

            var change = 0.0;
            for (var v = 0; v < vertexCount; v++)
            {
                change += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (change < tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
