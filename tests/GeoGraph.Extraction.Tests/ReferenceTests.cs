using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests;

/// <summary>Entity constructions around titles: a bare definite title naming the holder met earlier, the posting or
/// portfolio between a title and its name, and the near misses that must stay apart.</summary>
public sealed class ReferenceTests
{
    private static IReadOnlyList<Statement> Run(string text, string date = "2018-05-31") =>
        DevSet.Engine.Extract(new Article("r", text, "ar") { Date = date });

    [Fact]
    public void A_definite_title_without_a_name_is_the_holder_named_earlier_and_joins_a_coordination()
    {
        var statements = Run("التقى وزير الخارجية الأمريكي مايك بومبيو مسؤولا من كوريا الشمالية لبحث ترتيبات قمة زعيم كوريا الشمالية كيم جونغ أون، والقمة التاريخية المرتقبة بين الزعيم الكوري الشمالي والرئيس الأمريكي دونالد ترامب.");
        var met = Assert.Single(statements, s => s.Predicate == Predicate.MetWith && new[] { s.Subject.Name, s.Object.Name }.Order().SequenceEqual(["Donald Trump", "Kim Jong-un"]));
        Assert.Equal(StatementStatus.Planned, met.Status);
    }

    [Fact]
    public void A_headline_title_refers_to_the_minister_of_the_body()
    {
        var statements = Run("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة.\nوزير الخارجية الروسي يجتمع مع الرئيس المصري عبد الفتاح السيسي في القاهرة.");
        Assert.Contains(statements, s => s.Predicate == Predicate.MetWith && s.Subject.Name == "Sergey Lavrov" && s.Object.Name == "Abdel Fattah el-Sisi");
    }

    [Fact]
    public void An_indefinite_title_is_not_the_holder_named_earlier()
    {
        var statements = Run("ويزور وزير الخارجية الأمريكي جون كيري قطر.\nوتعود آخر زيارة لوزير خارجية أميركي إلى كوبا إلى عام 1945.", "2015-08-03");
        Assert.DoesNotContain(statements, s => s.Predicate == Predicate.Visited && s.Object.Name == "Cuba" && s.Subject.Name == "John Kerry");
    }

    [Fact]
    public void Two_holders_of_the_same_title_leave_a_bare_title_unresolved()
    {
        var statements = Run("وقال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة، وقال الرئيس الروسي السابق دميتري ميدفيديف إن موسكو سترد.\nوالتقى الرئيس الروسي الرئيس المصري عبد الفتاح السيسي.");
        Assert.DoesNotContain(statements, s => s.Predicate == Predicate.MetWith && s.Subject.Name == "Dmitry Medvedev");
    }

    [Fact]
    public void A_proclitic_before_a_written_hamza_is_a_word_not_a_surname()
    {
        var statements = Run("وحضر برونو رودريغيز الذي يقوم بأول زيارة إلى واشنطن.");
        Assert.DoesNotContain(statements, s => s.Subject.Name == "Jerome Powell" || s.Object.Name == "Jerome Powell");
    }

    [Theory]
    [InlineData("وقال مسؤول في روسيا إن القوات انسحبت.")]
    [InlineData("وقال مسؤولون في حركة حماس إن الوفد غادر.")]
    public void An_official_in_a_country_or_a_group_of_officials_works_for_no_one_named(string text) =>
        Assert.DoesNotContain(Run(text), s => s.Predicate == Predicate.WorksFor && s.RuleId == "ar.ner.official_of");

    [Fact]
    public void An_official_named_after_the_body_is_left_to_the_title_rules() =>
        Assert.DoesNotContain(Run("وقال مسؤول في حركة حماس خالد مشعل إن الحركة قبلت الدعوة."), s => s.RuleId == "ar.ner.official_of");

    [Fact]
    public void A_past_joined_meeting_is_asserted_and_a_meeting_without_parties_pairs_no_one()
    {
        var met = Run("وعقد أردوغان لقاء مع بوتين الذي شارك فيه الرئيس الإيراني حسن روحاني.").Where(s => s.RuleId.StartsWith("ar.met_with.joins", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, met.Count);
        Assert.All(met, s => Assert.Equal(StatementStatus.Asserted, s.Status));
        Assert.DoesNotContain(Run("وقال روحاني إن المؤتمر الذي شارك فيه الرئيس الإيراني كان مثمرا."), s => s.RuleId.StartsWith("ar.met_with.joins", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unnamed_official_at_a_posting_stays_a_described_person()
    {
        var (statements, trace) = DevSet.Engine.Trace(new Article("r", "وقال دبلوماسي أمريكي في الأمم المتحدة إن روسيا تدعم الحوثيين.", "ar"));
        Assert.Contains("person:american-diplomat", trace, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Predicate == Predicate.WorksFor);
    }
}
