using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>Hand-built articles and statements (the dev set's Kazakhstan story) for loader tests.</summary>
internal static class Samples
{
    public static readonly Entity Kazakhstan = new("country:KZ", "Kazakhstan", EntityType.Country,
        new Dictionary<string, string> { ["en"] = "Kazakhstan", ["ar"] = "كازاخستان" }, ["Republic of Kazakhstan"]);

    public static readonly Entity Russia = new("country:RU", "Russia", EntityType.Country,
        new Dictionary<string, string> { ["en"] = "Russia", ["ar"] = "روسيا" });

    public static readonly Entity Csto = new("org:CSTO", "CSTO", EntityType.Organization,
        new Dictionary<string, string> { ["en"] = "CSTO", ["ar"] = "منظمة معاهدة الأمن الجماعي" }, ["Collective Security Treaty Organization"]);

    public static readonly Entity Putin = new("person:vladimir-putin", "Vladimir Putin", EntityType.Person);

    public static readonly Entity Izvestia = new("media:izvestia", "Izvestia", EntityType.MediaOutlet);

    public static Article Article(string id, string text) => new(id, text, "en") { Title = "Title " + id, Date = "2025-11-12", Source = "test" };

    public static Statement Statement(Article article, Entity subject, Predicate predicate, Entity obj, int sentence = 0) =>
        new(article.Id, subject, predicate, obj, new Evidence(sentence, 0, Math.Min(5, article.Text.Length), article.Text[..Math.Min(5, article.Text.Length)]), "rule." + predicate.ToSchemaName());

    /// <summary>An article about Kazakhstan with three statements over three typed relationships.</summary>
    public static ArticleStatements Astana(string text = "Kazakhstan, a member of the CSTO, hosted Putin. Russia met Kazakhstan.")
    {
        var article = Article("astana", text);
        return new ArticleStatements(article,
        [
            Statement(article, Kazakhstan, Predicate.MemberOf, Csto),
            Statement(article, Putin, Predicate.Visited, Kazakhstan),
            Statement(article, Russia, Predicate.MetWith, Kazakhstan, sentence: 1),
        ]);
    }

    /// <summary>n articles with the given number of MEMBER_OF statements each.</summary>
    public static List<ArticleStatements> Many(params int[] statementsPerArticle) =>
        statementsPerArticle.Select((count, i) =>
        {
            var article = Article("a" + i, "text " + i);
            return new ArticleStatements(article,
                [.. Enumerable.Range(0, count).Select(s => Statement(article, Kazakhstan, Predicate.MemberOf, Csto, sentence: s))]);
        }).ToList();
}
