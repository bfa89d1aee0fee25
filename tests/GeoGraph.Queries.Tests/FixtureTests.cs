using GeoGraph.Queries.Tests.Support;

namespace GeoGraph.Queries.Tests;

/// <summary>The frozen fixture is what the converter makes of the dev gold file.</summary>
public sealed class FixtureTests
{
    [Fact]
    public void Frozen_fixture_equals_the_conversion_of_the_dev_gold_triples()
    {
        var converted = GoldFixture.ToJsonl(GoldFixture.Convert(TestPaths.DevGold));
        if (Environment.GetEnvironmentVariable("GEOGRAPH_WRITE_FIXTURE") == "1")
        {
            File.WriteAllText(TestPaths.FixtureSource, converted);
        }

        Assert.Equal(converted, File.ReadAllText(TestPaths.Fixture));
    }

    [Fact]
    public void Fixture_holds_every_gold_triple_with_evidence_inside_its_article()
    {
        var articles = GoldArticles.Read(TestPaths.DevGold).ToDictionary(a => a.Id);
        var statements = GoldFixture.Read(TestPaths.Fixture);
        Assert.Equal(495, statements.Count);
        Assert.All(statements, s => Assert.Equal(s.Evidence.Text, articles[s.ArticleId].Text[s.Evidence.Start..s.Evidence.End]));
    }
}
