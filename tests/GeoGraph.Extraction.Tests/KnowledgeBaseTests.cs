using GeoGraph.Core.Model;
using GeoGraph.Extraction.Knowledge;

namespace GeoGraph.Extraction.Tests;

public sealed class KnowledgeBaseTests
{
    [Fact]
    public void Arabic_demonyms_are_expanded_from_the_masculine_nisba()
    {
        var forms = KnowledgeBase.ArabicDemonymForms("روسي").Select(f => f.Form).ToHashSet();
        foreach (var f in new[] { "روسي", "روسيه", "الروسي", "الروسيه", "روسيون", "الروسيين", "روسيان", "الروسيتين" })
        {
            Assert.Contains(f, forms);
        }

        Assert.Contains("الالمانيه", KnowledgeBase.ArabicDemonymForms("ألماني").Select(f => f.Form));
    }

    [Theory]
    [InlineData("وصل الوفد إلى كازاخستان.")]
    [InlineData("وصل الوفد بكازاخستان.")]
    [InlineData("وتعد كازاخستان شريكا.")]
    [InlineData("وصل الوفد لكازاخستان.")]
    public void Clitic_forms_reach_the_same_entity(string text)
    {
        var kb = KnowledgeBase.FromJson("""[{"id":"country:KZ","name":"Kazakhstan","type":"Country","labels":{"ar":"كازاخستان"}}]""");
        var hits = kb.GazetteerFor("ar");
        var tokens = GeoGraph.Text.TextAnalyzers.Arabic.Analyze(text)[0].Tokens;
        Assert.Contains(tokens, t => t.Readings.Any(r => hits.Lookup(r.Stem)?.Any(h => h.Entry.Id == "country:KZ") == true));
    }

    [Fact]
    public void A_user_kb_file_adds_entities_the_engine_then_recognises()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geograph-kb-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """[{"id":"org:acme","name":"Acme Mining","type":"Organization","labels":{"ar":"أكمي للتعدين"},"based_in":"country:KZ"}]""");
        try
        {
            var engine = ExtractionEngine.CreateDefault([path]);
            var s = engine.Extract(new Article("u", "وطردت كازاخستان شركة «أكمي للتعدين» من البلاد.", "ar"));
            Assert.Contains(s, x => x.Object.Id == "org:acme");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_kb_file_is_rejected_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geograph-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"not":"an array"}""");
        try
        {
            var e = Assert.Throws<FormatException>(() => ExtractionEngine.CreateDefault([path]));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_embedded_kb_is_loaded()
    {
        Assert.True(DevSet.Engine.KnowledgeBaseSize > 500);
    }
}
