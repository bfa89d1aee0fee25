using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests;

public sealed class ClaimTests
{
    private static Statement One(string text, Predicate p, string date = "2024-11-28") =>
        DevSet.Engine.Extract(new Article("c", text, "ar") { Date = date }).First(s => s.Predicate == p);

    [Fact]
    public void A_claim_denied_by_another_party_is_disputed_with_both_parties()
    {
        var s = One("من جهة أخرى أعلنت روسيا أمس، أنها طردت صحافيين اثنين من المجموعة السمعية والبصرية الألمانية العامة «إيه آر دي»، «ردا» على إعلان قناة «بيرفي كانال» اغلاق مكتبها الألماني بأمر من برلين، وهو ما نفته ألمانيا بشدة.", Predicate.Closed);
        Assert.Equal(StatementStatus.Disputed, s.Status);
        Assert.Equal("Russia", s.AttributedTo?.Name);
        Assert.Equal("Germany", s.DeniedBy?.Name);
    }

    [Fact]
    public void Reporting_the_subjects_own_act_is_asserted()
    {
        var s = One("أعلنت روسيا أمس أنها طردت صحافيين اثنين من «إيه آر دي».", Predicate.Expelled);
        Assert.Equal(StatementStatus.Asserted, s.Status);
    }

    [Fact]
    public void A_third_party_claim_is_reported_and_attributed()
    {
        var s = One("ونوه ترودو إلى أن كرستيا فريلاند أجرت محادثات مطولة الثلاثاء مع نظيرها السعودي عادل الجبير.", Predicate.MetWith, "2018-08-08");
        Assert.Equal(StatementStatus.Reported, s.Status);
        Assert.Equal("Justin Trudeau", s.AttributedTo?.Name);
        Assert.Equal("2018-08-07", s.Qualifiers["time"]);
    }

    [Fact]
    public void Negation_particles_negate()
    {
        var s = One("لم تطرد روسيا السفير البريطاني.", Predicate.Expelled);
        Assert.Equal(StatementStatus.Negated, s.Status);
    }

    [Theory]
    [InlineData("ستطرد روسيا السفير البريطاني.")]
    [InlineData("وقالت روسيا إنها تعتزم طرد السفير البريطاني.")]
    [InlineData("وسوف تطرد روسيا السفير البريطاني.")]
    public void Future_and_intention_are_planned(string text) =>
        Assert.Equal(StatementStatus.Planned, One(text, Predicate.Expelled).Status);

    [Theory]
    [InlineData("أعلنت روسيا عن زيارة وزير خارجيتها سيرغي لافروف، إلى بيونغ يانغ، يوم الخميس.", "2018-05-31", "2018-05-31")]
    [InlineData("وكشفت الرئاسة التركية عن زيارة أردوغان إلى موسكو الأسبوع المقبل.", "2024-11-28", null)]
    [InlineData("وتأتي زيارة أردوغان إلى موسكو يوم 12 ديسمبر.", "2024-11-28", "2024-12-12")]
    [InlineData("وتنتظر هافانا زيارة أردوغان إلى كوبا يوم 14 أغسطس (آب) المقبل.", null, null)]
    public void An_announced_or_future_dated_event_noun_is_planned(string text, string? date, string? time)
    {
        var s = DevSet.Engine.Extract(new Article("c", text, "ar") { Date = date }).First(x => x.Predicate == Predicate.Visited);
        Assert.Equal(StatementStatus.Planned, s.Status);
        Assert.Equal(time, s.Qualifiers.GetValueOrDefault("time"));
    }

    [Theory]
    [InlineData("وكانت آخر زيارة قام بها أردوغان إلى موسكو في 2010.")]
    [InlineData("وجاءت زيارة أردوغان إلى موسكو يوم 12 أكتوبر.")]
    [InlineData("وأعلنت روسيا أن زيارة أردوغان إلى موسكو كانت ناجحة.")]
    public void A_past_or_done_visit_is_not_planned(string text) =>
        Assert.NotEqual(StatementStatus.Planned, One(text, Predicate.Visited).Status);

    [Fact]
    public void A_planned_weekday_is_the_coming_one() =>
        Assert.Equal("2024-11-30", One("سيزور بوتين أستانا يوم السبت.", Predicate.Visited).Qualifiers["time"]);

    [Theory]
    [InlineData("وصل بوتين إلى أستانا الأربعاء.", "2024-11-28", "2024-11-27")]
    [InlineData("وصل بوتين إلى أستانا أمس.", "2024-11-28", "2024-11-27")]
    [InlineData("وصل بوتين إلى أستانا في سبتمبر.", "2024-11-28", "2024-09")]
    [InlineData("وصل بوتين إلى أستانا عام 2022.", "2024-11-28", "2022")]
    [InlineData("وصل بوتين إلى أستانا في 2 أكتوبر 2018.", "2024-11-28", "2018-10-02")]
    public void Times_resolve_against_the_article_date(string text, string date, string expected) =>
        Assert.Equal(expected, One(text, Predicate.Visited, date).Qualifiers["time"]);

    [Fact]
    public void A_capital_acting_as_a_state_is_the_country_but_stays_a_city_as_a_place()
    {
        var statements = DevSet.Engine.Extract(new Article("m", "وصل بوتين إلى أستانا. وطردت موسكو دبلوماسيا بريطانيا.", "ar"));
        Assert.Contains(statements, s => s.Predicate == Predicate.Visited && s.Object.Name == "Astana");
        Assert.Contains(statements, s => s.Predicate == Predicate.Expelled && s.Subject.Name == "Russia");
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_earlier()
    {
        var statements = DevSet.Engine.Extract(new Article("n", "قال السفير الموريتاني أحمد سالم إن بلاده مستعدة.\nوزار سالم المغرب أمس.", "ar"));
        var visit = statements.First(s => s.Predicate == Predicate.Visited);
        Assert.Equal("أحمد سالم", visit.Subject.Labels["ar"]);
    }
}
