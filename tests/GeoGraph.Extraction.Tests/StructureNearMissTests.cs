using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests;

/// <summary>Near misses of the Arabic structure constructions (member states, embassies and missions, seats, military
/// ranks, directions): sentences that look alike but must not yield the triple.</summary>
public sealed class StructureNearMissTests
{
    private static IReadOnlyList<Statement> Run(string text) =>
        DevSet.Engine.Extract(new Article("n", text, "ar") { Date = "2024-11-28" });

    [Fact]
    public void The_arab_states_as_a_region_are_no_organisation_members() =>
        Assert.DoesNotContain(Run("وقالت الدول العربية إن القرار مرفوض."), s => s.RuleId == "ar.ner.member_states");

    [Fact]
    public void A_country_named_with_a_compass_word_is_not_split() =>
        Assert.DoesNotContain(Run("وقتل ثلاثة في جوبا في جنوب السودان."), s => s.Predicate == Predicate.LocatedIn && s.Object.Name == "Sudan");

    [Fact]
    public void A_civilian_title_with_a_nationality_names_no_employer()
    {
        var statements = Run("وقالت الصحفية الأمريكية ماري كولفين إن المدينة محاصرة، وقال المستشار الأمريكي جون بولتون إن واشنطن سترد.");
        Assert.DoesNotContain(statements, s => s.Predicate is Predicate.WorksFor or Predicate.Leads);
    }

    [Fact]
    public void A_ruler_with_a_military_rank_leads_rather_than_works_for()
    {
        var statements = Run("وقال العقيد الليبي معمر القذافي إن الشعب معه.");
        Assert.DoesNotContain(statements, s => s.Predicate == Predicate.WorksFor);
        Assert.Contains(statements, s => s.Predicate == Predicate.Leads && s.Subject.Name == "Muammar Gaddafi" && s.Object.Name == "Libya");
    }

    [Fact]
    public void A_seat_without_its_city_says_nothing_about_where() =>
        Assert.DoesNotContain(Run("وعقد الاجتماع في مقر الأمم المتحدة أمس."), s => s.Predicate == Predicate.BasedIn);

    [Fact]
    public void An_embassy_entered_is_a_place_and_an_embassy_speaking_is_a_body()
    {
        var entered = Run("واختفى الصحفي بعد دخوله إلى القنصلية السعودية في إسطنبول.");
        Assert.DoesNotContain(entered, s => s.Predicate == Predicate.BasedIn);
        Assert.Contains(entered, s => s.Predicate == Predicate.LocatedIn && s.Subject.Type == EntityType.Location);
        var spoke = Run("وقالت السفارة الأمريكية في بغداد إن الرحلات ستستأنف.");
        Assert.Contains(spoke, s => s.Predicate == Predicate.BasedIn && s.Subject.Type == EntityType.Organization && s.Object.Name == "Baghdad");
    }

    [Fact]
    public void An_embassy_without_a_place_is_not_a_body_of_its_own() =>
        Assert.DoesNotContain(Run("وقالت السفارة الأمريكية إن الرحلات ستستأنف."), s => s.RuleId.StartsWith("ar.ner.mission", StringComparison.Ordinal));

    [Fact]
    public void A_political_bureau_of_no_named_movement_is_no_body() =>
        Assert.DoesNotContain(Run("واجتمع المكتب السياسي للحزب أمس في العاصمة."), s => s.RuleId == "ar.ner.political_bureau");

    [Fact]
    public void Talks_as_the_purpose_of_a_trip_are_planned_and_a_bureau_by_pronoun_is_the_movements()
    {
        var met = Assert.Single(Run("وتوجه كيري إلى الرياض لإجراء محادثات مع الدول الست أعضاء مجلس التعاون لدول الخليج العربية."), s => s.Predicate == Predicate.MetWith);
        Assert.Equal(StatementStatus.Planned, met.Status);
        var statements = Run("قال مسؤول من حركة حماس إن وزير الخارجية الروسي سيرجي لافروف اجتمع مع رئيس مكتبها السياسي خالد مشعل اليوم.");
        Assert.Contains(statements, s => s.Predicate == Predicate.Leads && s.Subject.Name == "Khaled Mashal" && s.Object.Name == "Hamas Political Bureau");
        Assert.DoesNotContain(statements, s => s.Object.Name.Contains("Ministry", StringComparison.Ordinal) && s.Subject.Name.Contains("Bureau", StringComparison.Ordinal));
    }

    [Fact]
    public void Talks_held_without_a_partner_meet_no_one() =>
        Assert.DoesNotContain(Run("وتوجه أردوغان إلى موسكو لإجراء محادثات حول سوريا."), s => s.Predicate == Predicate.MetWith);

    [Fact]
    public void An_alliance_without_between_pairs_no_one() =>
        Assert.DoesNotContain(Run("وقال التحالف إن روسيا وإيران تدعمان الحكومة."), s => s.Predicate == Predicate.AllyOf);
}
