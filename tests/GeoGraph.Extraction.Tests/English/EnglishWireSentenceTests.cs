using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>
/// Wire-copy sentences written for the project (wire-sentences.en.jsonl: other countries, people, tenses, passives,
/// sources named after the claim), in the gold format of shared/eval, scored like the dev set. They stand in for the
/// sealed English set: a rule that only fits the three dev articles does not move this score.
/// </summary>
public sealed class EnglishWireSentenceTests
{
    private static List<(Article Article, JObject Gold)> Load(string file = "wire-sentences.en.jsonl")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "English", file);
        return File.ReadLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0)
            .Select(JObject.Parse)
            .Select(o => (new Article(o.Value<string>("id")!, o.Value<string>("text")!, "en") { Date = o.Value<string>("date") }, o))
            .ToList();
    }

    [Fact]
    public void Wire_sentences_score_above_the_floor()
    {
        var articles = Load();
        Assert.True(articles.Count >= 80, $"only {articles.Count} sentences");
        var score = DevScorer.Score(articles.Select(a => (a.Gold, DevSet.Engine.Extract(a.Article))));

        // Measured F1 0.94, P 1.00 (tp 118 fp 0 fn 13 over 86 articles) when the floor was set; the last 50 articles were
        // scored once before any rule was fitted to them (recall 0.61 and 0.76 on first sight, in two batches; one real false triple).
        Assert.True(score.F1 >= 0.88 && score.Precision >= 0.95, $"F1 {score.F1:F3} P {score.Precision:F3} R {score.Recall:F3} (tp {score.Tp} fp {score.Fp} fn {score.Fn})");
    }

    [Fact]
    public void Wire_articles_of_the_second_batch_score_above_the_floor()
    {
        // 30 multi-sentence articles (wire-articles-2.en.jsonl: datelines, quotes, spokespeople, acts named by a noun and
        // criticised later). Scored once before any rule was fitted to them: F1 0.417, P 0.806, R 0.281 (tp 50 fp 12
        // fn 128; fp 3 after the gold's own omissions were fixed). Measured F1 0.63, P 0.95 (tp 82 fp 4 fn 94) when
        // the floor was set: what is left needs inference across sentences (see the report of branch recall-en).
        var articles = Load("wire-articles-2.en.jsonl");
        Assert.True(articles.Count >= 30, $"only {articles.Count} articles");
        var score = DevScorer.Score(articles.Select(a => (a.Gold, DevSet.Engine.Extract(a.Article))));
        Assert.True(score.F1 >= 0.60 && score.Precision >= 0.90, $"F1 {score.F1:F3} P {score.Precision:F3} R {score.Recall:F3} (tp {score.Tp} fp {score.Fp} fn {score.Fn})");
    }

    [Fact]
    public void Wire_articles_of_the_third_batch_score_above_the_floor()
    {
        // 15 articles in the register of older BBC and Reuters copy (wire-articles-3.en.jsonl), written after batch 2 was
        // fitted and scored once before any rule was fitted to them: F1 0.460, P 0.780, R 0.327 (tp 32 fp 9 fn 66).
        // Measured F1 0.66, P 0.98 (tp 49 fp 1 fn 49) when the floor was set.
        var articles = Load("wire-articles-3.en.jsonl");
        Assert.True(articles.Count >= 15, $"only {articles.Count} articles");
        var score = DevScorer.Score(articles.Select(a => (a.Gold, DevSet.Engine.Extract(a.Article))));
        Assert.True(score.F1 >= 0.62 && score.Precision >= 0.90, $"F1 {score.F1:F3} P {score.Precision:F3} R {score.Recall:F3} (tp {score.Tp} fp {score.Fp} fn {score.Fn})");
    }

    [Fact]
    public void Statuses_follow_the_gold_of_the_wire_sentences()
    {
        var wrong = new List<string>();
        var total = 0;
        foreach (var (article, gold) in Load())
        {
            var predicted = DevSet.Engine.Extract(article);
            var names = gold["entities"]!.ToDictionary(e => e.Value<string>("key")!, e => e.Value<string>("name")!);
            foreach (var t in gold["triples"]!.Where(t => !t.Value<bool>("optional") && t.Value<string>("status") != "asserted"))
            {
                var hit = predicted.FirstOrDefault(s => s.Subject.Name == names[t.Value<string>("s")!] && s.Predicate.ToSchemaName() == t.Value<string>("p") && s.Object.Name == names[t.Value<string>("o")!]);
                if (hit is null)
                {
                    continue;
                }

                total++;
                if (hit.Status.ToString().ToLowerInvariant() != t.Value<string>("status"))
                {
                    wrong.Add($"{article.Id}: {hit.Subject.Name} -{t.Value<string>("p")}-> {hit.Object.Name} is {hit.Status}, gold {t.Value<string>("status")}");
                }
            }
        }

        Assert.True(total >= 5, $"only {total} non-asserted gold triples were found");
        Assert.True(wrong.Count <= 1, string.Join("\n", wrong));
    }
}
