using GeoGraph.Queries.Tests.Support;

namespace GeoGraph.Queries.Tests;

/// <summary>The frozen fixture is the project's own extraction over the dev articles, with evidence inside its article.</summary>
public sealed class FixtureTests
{
    [Fact]
    public void Fixture_statements_come_from_the_extractor_with_evidence_inside_their_article()
    {
        var articles = GoldArticles.Read(TestPaths.DevGold).ToDictionary(a => a.Id);
        var statements = FixtureStatements.Read(TestPaths.Fixture);
        // 196 statements is what 'extract' wrote when the fixture was frozen; regenerate with FixtureStatements.Regenerate.
        Assert.Equal(196, statements.Count);
        Assert.Equal(14, statements.Select(s => s.ArticleId).Distinct().Count());
        // Extraction rules, not the gold converter, produced every statement.
        Assert.DoesNotContain(statements, s => s.RuleId == "gold");
        Assert.All(statements, s => Assert.Equal(s.Evidence.Text, articles[s.ArticleId].Text[s.Evidence.Start..s.Evidence.End]));
    }
}
