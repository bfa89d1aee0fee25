using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoGraph.Bolt;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Storage;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Benchmarks.Neo4j;

/// <summary>
/// The Neo4j loader against <see cref="AckBoltServer"/>: one operation loads <see cref="Statements"/> statements (100
/// per article, 5,000 per transaction) through the real driver, so the time covers building rows, PackStream encoding,
/// chunking and the socket; the server does nothing. Throughput = Statements / mean. A short monitoring job keeps machine
/// time small: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*Neo4jLoad*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 5)]
[BenchmarkCategory("Neo4j")]
[MemoryDiagnoser]
public class Neo4jLoadBenchmarks
{
    private AckBoltServer? _server;
    private IDriver? _driver;
    private Neo4jGraphSink? _sink;
    private List<ArticleStatements> _articles = [];

    /// <summary>Statements per operation.</summary>
    [Params(50_000)]
    public int Statements { get; set; }

    /// <summary>Starts the ack server and builds the articles once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _server = new AckBoltServer();
        _driver = GraphDatabase.Driver(_server.Uri, AuthTokens.None);
        _sink = Neo4jGraphSink.Create(_driver);
        _articles = Corpus(Statements);
    }

    /// <summary>Stops everything.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _sink!.DisposeAsync();
        await _driver!.DisposeAsync();
        await _server!.DisposeAsync();
    }

    /// <summary>Loads the corpus; every article is new to the ack server, which never returns a stored hash.</summary>
    /// <returns>Statements written.</returns>
    [Benchmark]
    public async Task<int> LoadStatements() => (await _sink!.WriteAsync(_articles)).StatementsWritten;

    /// <summary>Articles of 100 statements over 500 entities, with Arabic evidence and some qualifiers.</summary>
    /// <param name="statements">The number of statements.</param>
    /// <returns>The articles.</returns>
    internal static List<ArticleStatements> Corpus(int statements)
    {
        var types = Enum.GetValues<EntityType>();
        var entities = Enumerable.Range(0, 500).Select(i => new Entity(
            $"entity:{i}", $"Entity {i}", types[i % types.Length],
            new Dictionary<string, string> { ["en"] = $"Entity {i}", ["ar"] = $"كيان {i}" }, [$"E{i}", $"الكيان رقم {i}"])).ToArray();
        var predicates = Enum.GetValues<Predicate>();
        const string Sentence = "وصل الرئيس الروسي فلاديمير بوتين إلى كازاخستان في زيارة تستمر يومين تهدف الى توطيد العلاقات مع حليفة بلاده.";
        var articles = new List<ArticleStatements>();
        for (var a = 0; a * 100 < statements; a++)
        {
            var article = new Article($"bench-{a}", string.Concat(Enumerable.Repeat(Sentence + "\n", 100)), "ar") { Date = "2024-11-28", Source = "benchmark" };
            var list = new List<Statement>(100);
            for (var s = 0; s < 100 && a * 100 + s < statements; s++)
            {
                var start = s * (Sentence.Length + 1);
                list.Add(new Statement(article.Id, entities[(a * 7 + s) % 500], predicates[s % predicates.Length], entities[(a * 13 + s * 3 + 1) % 500],
                    new Evidence(s, start, start + Sentence.Length, Sentence), "rule.bench")
                {
                    Qualifiers = s % 3 == 0 ? new Dictionary<string, string> { ["time"] = "2024-11-27", ["role"] = "president" } : new Dictionary<string, string>(),
                    Confidence = 0.85,
                });
            }

            articles.Add(new ArticleStatements(article, list));
        }

        return articles;
    }
}
