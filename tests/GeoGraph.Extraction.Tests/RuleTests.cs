using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Extraction.Engine;

namespace GeoGraph.Extraction.Tests;

public sealed class RuleTests
{
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var c in RuleCases.All)
        {
            data.Add(c.Rule, c.Text, c.S, c.P, c.O);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_reads_its_triple_from_a_real_sentence(string rule, string text, string s, string p, string o)
    {
        var statements = DevSet.Engine.Extract(new Article("t", text, "ar") { Date = "2024-11-28" });
        var found = statements.Where(x => x.Predicate.ToSchemaName() == p
            && ((Named(x.Subject, s) && Named(x.Object, o)) || (x.Predicate.Info().Symmetric && Named(x.Subject, o) && Named(x.Object, s)))).ToList();
        Assert.True(found.Count > 0, $"{rule}: expected {s} -{p}-> {o}; got {string.Join("; ", statements.Select(x => $"{x.Subject.Name} -{x.Predicate.ToSchemaName()}-> {x.Object.Name} [{x.RuleId}]"))}");
        Assert.Contains(found, x => x.RuleId == rule);
        Assert.All(found, x => Assert.Equal(text[x.Evidence.Start..x.Evidence.End], x.Evidence.Text));
        Assert.All(found, x => Assert.NotEmpty(x.Matched));
    }

    // New entities are asserted by their Arabic label, known ones by their canonical name.
    private static bool Named(Entity e, string name) => e.Name == name || e.Labels.Values.Contains(name);

    [Fact]
    public void Every_relation_rule_of_the_arabic_pack_has_a_case()
    {
        var pack = LanguagePack.Load("ar");
        var covered = RuleCases.All.Select(c => c.Rule).ToHashSet(StringComparer.Ordinal);
        var missing = pack.Rules.Select(r => r.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "rules without a test sentence: " + string.Join(", ", missing));
    }
}
