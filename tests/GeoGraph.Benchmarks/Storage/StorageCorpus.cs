using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Storage;

namespace GeoGraph.Benchmarks.Storage;

/// <summary>
/// A synthetic corpus shaped like extractor output: 1,000 Arabic articles of 50 statements each over a pool of 500
/// entities with English and Arabic labels and an alias; a third of the statements carry a time qualifier.
/// </summary>
internal static class StorageCorpus
{
    public const int Articles = 1_000;
    public const int StatementsPerArticle = 50;
    public const int Statements = Articles * StatementsPerArticle;
    public const int BatchSize = 200;

    /// <summary>The corpus in batches of <see cref="BatchSize"/> articles, deterministic (seed 42).</summary>
    /// <returns>The batches.</returns>
    public static List<ArticleStatements[]> Batches()
    {
        var random = new Random(42);
        var types = Enum.GetValues<EntityType>();
        var predicates = Enum.GetValues<Predicate>();
        var entities = Enumerable.Range(0, 500).Select(i => new Entity(
            string.Create(CultureInfo.InvariantCulture, $"e:{i}"),
            string.Create(CultureInfo.InvariantCulture, $"Entity {i}"),
            types[i % types.Length],
            new Dictionary<string, string> { ["en"] = $"Entity {i}", ["ar"] = $"كيان {i}" },
            [$"E{i}"])).ToArray();
        var sentence = "وصل الرئيس الروسي فلاديمير بوتين إلى كازاخستان في زيارة تستمر يومين تهدف الى توطيد العلاقات مع حليفة بلاده. ";
        var text = string.Concat(Enumerable.Repeat(sentence, StatementsPerArticle));
        var time = new Dictionary<string, string> { ["time"] = "2024-11-27" };
        var all = new List<ArticleStatements>(Articles);
        for (var a = 0; a < Articles; a++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"article-{a}");
            var statements = new Statement[StatementsPerArticle];
            for (var s = 0; s < StatementsPerArticle; s++)
            {
                var start = s * sentence.Length;
                statements[s] = new Statement(
                    id,
                    entities[random.Next(entities.Length)],
                    predicates[random.Next(predicates.Length)],
                    entities[random.Next(entities.Length)],
                    new Evidence(s, start, start + sentence.Length - 1, sentence[..^1]),
                    "bench.rule")
                {
                    Qualifiers = s % 3 == 0 ? time : new Dictionary<string, string>(),
                };
            }

            all.Add(new ArticleStatements(new Article(id, text + id, "ar") { Date = "2024-11-28" }, statements));
        }

        return [.. all.Chunk(BatchSize)];
    }
}
