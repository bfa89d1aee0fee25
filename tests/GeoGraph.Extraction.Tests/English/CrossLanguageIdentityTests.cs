using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Extraction.Engine;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>One node per real-world entity across languages: the same story in Arabic and English gives statements
/// whose subject and object ids are equal (knowledge-base ids for known entities, the cross-script name key for
/// people the knowledge base does not know).</summary>
public sealed class CrossLanguageIdentityTests
{
    private static readonly Lazy<ExtractionEngine> Engine = new(() => ExtractionEngine.CreateDefault());

    private static Statement Single(string text, string lang, Predicate predicate)
    {
        var statements = Engine.Value.Extract(new Article("t-" + lang, text, lang) { Date = "2024-11-28" });
        return Assert.Single(statements, s => s.Predicate == predicate);
    }

    [Theory]
    [InlineData("وصل الرئيس الروسي فلاديمير بوتين إلى كازاخستان يوم الأربعاء.", "Russian President Vladimir Putin arrived in Kazakhstan on Wednesday.", "person:vladimir-putin", "country:KZ")]
    [InlineData("وصل الرئيس بافل موروزكين إلى موسكو يوم الاثنين.", "President Pavel Morozkin arrived in Moscow on Monday.", "person:bfl-mrzkn", "loc:moscow")]
    public void The_same_visit_in_Arabic_and_English_links_the_same_nodes(string arabic, string english, string subjectId, string objectId)
    {
        var ar = Single(arabic, "ar", Predicate.Visited);
        var en = Single(english, "en", Predicate.Visited);
        Assert.Equal(subjectId, ar.Subject.Id);
        Assert.Equal(ar.Subject.Id, en.Subject.Id);
        Assert.Equal(objectId, ar.Object.Id);
        Assert.Equal(ar.Object.Id, en.Object.Id);
    }

    [Fact]
    public void The_title_gives_the_same_leads_statement_in_both_languages()
    {
        var ar = Single("قال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت مفيدة.", "ar", Predicate.Leads);
        var en = Single("Russian President Vladimir Putin said the talks were useful.", "en", Predicate.Leads);
        Assert.Equal((ar.Subject.Id, ar.Object.Id), (en.Subject.Id, en.Object.Id));
        Assert.Equal("country:RU", en.Object.Id);
    }

    [Theory]
    [InlineData("Ivan Blagoy", "Aifan Blaghui", "fn-blg")]
    [InlineData("Pavel Morozkin", "Bafl Muruzkin", "bfl-mrzkn")]
    [InlineData("Sergei Kislyak", "Sirghi Kisliak", "srg-kslk")]
    [InlineData("Khaled al-Attiya", "Khalid Al Atiya", "kld-l-t")]
    public void An_English_spelling_and_a_romanised_Arabic_label_share_the_key(string english, string romanised, string key)
    {
        Assert.Equal(key, CrossScriptNameKey.Of(english));
        Assert.Equal(key, CrossScriptNameKey.Of(romanised));
    }

    [Fact]
    public void Different_names_have_different_keys() =>
        Assert.NotEqual(CrossScriptNameKey.Of("Ivan Blagoy"), CrossScriptNameKey.Of("Pavel Morozkin"));
}
