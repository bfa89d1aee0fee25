using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Storage;

namespace GeoGraph.Storage.Tests.Sqlite;

/// <summary>Hand-built articles and statements (not the extractor's), with evidence that indexes the text.</summary>
internal static class Samples
{
    public static readonly Entity Kazakhstan = new("country:KZ", "Kazakhstan", EntityType.Country, new Dictionary<string, string> { ["en"] = "Kazakhstan" }, ["Republic of Kazakhstan"]);
    public static readonly Entity KazakhstanAr = new("country:KZ", "Kazakhstan", EntityType.Country, new Dictionary<string, string> { ["ar"] = "كازاخستان" });
    public static readonly Entity Csto = new("org:CSTO", "Collective Security Treaty Organization", EntityType.Organization, new Dictionary<string, string> { ["en"] = "CSTO", ["ar"] = "منظمة معاهدة الأمن الجماعي" });
    public static readonly Entity Russia = new("country:RU", "Russia", EntityType.Country, new Dictionary<string, string> { ["en"] = "Russia", ["ar"] = "روسيا" });
    public static readonly Entity Putin = new("person:vladimir-putin", "Vladimir Putin", EntityType.Person, new Dictionary<string, string> { ["ar"] = "فلاديمير بوتين" });

    public const string Text = "Kazakhstan is a member of the CSTO. Putin visited Kazakhstan. Russia leads the CSTO.";

    public static Article Article(string id = "a1", string text = Text) => new(id, text, "en") { Title = "Visit", Date = "2024-11-28" };

    public static Statement Make(string articleId, string text, int sentence, Entity s, Predicate p, Entity o, string evidence)
    {
        var start = text.IndexOf(evidence, StringComparison.Ordinal);
        Assert.True(start >= 0, $"evidence '{evidence}' not in text");
        return new Statement(articleId, s, p, o, new Evidence(sentence, start, start + evidence.Length, evidence), "test.rule");
    }

    public static IReadOnlyList<Statement> StatementsOf(string articleId, string text = Text) =>
    [
        Make(articleId, text, 0, Kazakhstan, Predicate.MemberOf, Csto, "Kazakhstan is a member of the CSTO."),
        Make(articleId, text, 1, Putin, Predicate.Visited, KazakhstanAr, "Putin visited Kazakhstan.") with
        {
            Qualifiers = new Dictionary<string, string> { ["time"] = "2024-11-27" },
        },
        Make(articleId, text, 2, Russia, Predicate.Leads, Csto, "Russia leads the CSTO.") with
        {
            Status = StatementStatus.Reported,
            AttributedTo = Putin,
        },
    ];

    public static ArticleStatements Batch(string id = "a1") => new(Article(id), StatementsOf(id));
}
