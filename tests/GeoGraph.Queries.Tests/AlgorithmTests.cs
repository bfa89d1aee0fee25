using GeoGraph.Queries.Algorithms;
using QuikGraph;
using GeoGraph.Queries.Resolution;

namespace GeoGraph.Queries.Tests;

/// <summary>The building blocks: name variants, bounded edit distance, shortest paths and PageRank.</summary>
public sealed class AlgorithmTests
{
    [Theory]
    [InlineData("وروسيا", "روسيا")]
    [InlineData("بالسعودية", "السعوديه")]
    [InlineData("للصين", "الصين")]
    [InlineData("فبريطانيا", "بريطانيا")]
    [InlineData("وبالعراق", "العراق")]
    public void Arabic_clitics_are_stripped_into_further_keys(string name, string key)
    {
        var keys = NameVariants.Of(name);
        Assert.Equal(Core.Text.NameKey.Of(name), keys[0]);
        Assert.Contains(key, keys);
    }

    [Fact]
    public void Latin_names_have_only_their_key_and_short_remainders_are_not_keys()
    {
        Assert.Equal(["vladimir putin"], NameVariants.Of("Vladimir PUTIN"));
        Assert.DoesNotContain("ا", NameVariants.Of("وال"));
        Assert.Empty(NameVariants.Of("…"));
    }

    [Theory]
    [InlineData("tokayev", "tokayef", 1)]
    [InlineData("kazakhstan", "kazakstan", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "xyz", 3)]
    [InlineData("short", "a much longer name", 3)]
    public void Edit_distance_is_capped_above_the_bound(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, 2) is var d && d > 2 ? 3 : d);

    [Fact]
    public void Shortest_paths_match_a_brute_force_search_on_random_graphs()
    {
        var random = new Random(42);
        string[] predicates = ["LEADS", "MET_WITH", "ATTACKED", "BORDERS"];
        for (var round = 0; round < 150; round++)
        {
            var n = random.Next(2, 12);
            var edges = Enumerable.Range(0, random.Next(0, n * 2))
                .Select(_ => new RelationEdge("v" + random.Next(n), predicates[random.Next(predicates.Length)], "v" + random.Next(n)))
                .Where(e => e.Subject != e.Object)
                .ToList();
            var graph = new RelationGraph(edges);
            if (graph.VertexCount < 2)
            {
                continue;
            }

            var excluded = random.Next(3) == 0 ? new HashSet<int> { 0 } : [];
            var (s, t) = (random.Next(graph.VertexCount), random.Next(graph.VertexCount));
            var maxHops = random.Next(1, 5);
            var found = ShortestPaths.Find(graph, s, t, maxHops, excluded, 100_000, CancellationToken.None)
                .Select(p => Key(graph, p.Vertices, p.Edges.Select(e => e.Tag.Predicate).ToList())).Order(StringComparer.Ordinal).ToList();
            var expected = BruteForce(graph, s, t, maxHops, excluded);
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void PageRank_of_a_cycle_is_uniform_and_a_dangling_vertex_keeps_the_sum_at_one()
    {
        var cycle = PageRank.Compute(3, [(0, 1), (1, 2), (2, 0)]);
        Assert.All(cycle, r => Assert.Equal(1.0 / 3, r, 9));

        // 0 → 2, 1 → 2, 2 has no out-edges: 2 collects the most rank, 0 and 1 tie, the ranks still sum to 1.
        var star = PageRank.Compute(3, [(0, 2), (1, 2)]);
        Assert.Equal(1.0, star.Sum(), 9);
        Assert.Equal(star[0], star[1], 12);
        Assert.True(star[2] > star[0]);
    }

    private static string Key(RelationGraph g, IReadOnlyList<int> vertices, IReadOnlyList<int> predicates) =>
        string.Concat(vertices.Select((v, i) => i == 0 ? g.Id(v) : $" -{g.PredicateName(predicates[i - 1])}- {g.Id(v)}"));

    // Every simple walk up to maxHops by depth-first search; keep those of the smallest length that reach t.
    private static List<string> BruteForce(RelationGraph g, int s, int t, int maxHops, HashSet<int> excluded)
    {
        if (s == t)
        {
            return [g.Id(s)];
        }

        var results = new List<(int Length, string Key)>();
        void Walk(List<int> vertices, List<int> preds)
        {
            var v = vertices[^1];
            if (v == t)
            {
                results.Add((preds.Count, Key(g, vertices, preds)));
                return;
            }

            if (preds.Count == maxHops)
            {
                return;
            }

            foreach (var e in g.Graph.AdjacentEdges(v))
            {
                var w = e.GetOtherVertex(v);
                if (!excluded.Contains(e.Tag.Predicate) && !vertices.Contains(w))
                {
                    Walk([.. vertices, w], [.. preds, e.Tag.Predicate]);
                }
            }
        }

        Walk([s], []);
        if (results.Count == 0)
        {
            return [];
        }

        var min = results.Min(r => r.Length);
        return results.Where(r => r.Length == min).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
    }
}
