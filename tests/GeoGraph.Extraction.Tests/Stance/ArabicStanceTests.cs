using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests.Stance;

/// <summary>
/// Conflictual and cooperative statements (stance, accusation, support, urging, expulsion, trade, agreements) on
/// Arabic news sentences: dev-set sentences and sentences written for the construction with other entities, word
/// order and clitics. Each row gives the exact set of statements of the listed predicates, «subject > PREDICATE >
/// object» separated by ';'; an empty expectation means none of them may be extracted (near misses).
/// </summary>
public sealed class ArabicStanceTests
{
    [Theory]
    // URGED: دعا X إلى + an action urges; دعا X إلى + a meal, visit or meeting invites.
    [InlineData("ودعا أردوغان بوتين إلى وقف الحرب في أوكرانيا.", "URGED", "Recep Tayyip Erdoğan > URGED > Vladimir Putin")]
    [InlineData("ودعا بومبيو الجنرال كيم جونغ تشول، الذراع اليمنى للزعيم الكوري الشمالي، إلى العشاء بعد وصوله.", "URGED", "")]
    [InlineData("ودعا أردوغان بوتين لزيارة أنقرة الشهر المقبل.", "URGED", "")]
    [InlineData("ودعت فرنسا إيران إلى الإفراج عن المعتقلين ثم زيارة المواقع النووية.", "URGED", "France > URGED > Iran")]
    // EXPELLED: a grace period to leave (مهلة … لمغادرة), the group named by its nationality or by منهم.
    [InlineData("وأمهلت السلطات الجزائرية الدبلوماسيين الفرنسيين 48 ساعة لمغادرة البلاد.", "EXPELLED", "Algeria > EXPELLED > French diplomats")]
    [InlineData("ومنحت الحكومة السودانية السفير الكيني أسبوعا لمغادرة الخرطوم.", "EXPELLED", "Sudan > EXPELLED > Kenyan ambassador")]
    [InlineData("وقررت البحرين منع دخول المواطنين القطريين، وتمهل المقيمين والزائرين منهم مدة 14 يوماً للمغادرة.", "EXPELLED", "Bahrain > EXPELLED > Qatari residents and visitors")]
    [InlineData("ومنحت الحكومة المصرية المستثمرين مهلة إضافية لتسوية أوضاعهم.", "EXPELLED", "")]
    // RESTRICTED_TRADE_WITH: frozen dealings, closed ports and borders, an embargo imposed (by a state or its leader).
    [InlineData("طردت الرياض السفير الكندي، وجمدت كل التعاملات التجارية الجديدة مع أوتاوا.", "RESTRICTED_TRADE_WITH", "Saudi Arabia > RESTRICTED_TRADE_WITH > Canada")]
    [InlineData("أعلنت السعودية قطع العلاقات مع قطر، وإغلاق كافة المنافذ البرية والبحرية والجوية.", "RESTRICTED_TRADE_WITH", "Saudi Arabia > RESTRICTED_TRADE_WITH > Qatar")]
    [InlineData("وفرضت الولايات المتحدة حظرا تجاريا على كوبا عام 1962.", "RESTRICTED_TRADE_WITH", "United States > RESTRICTED_TRADE_WITH > Cuba")]
    [InlineData("وأغلقت الشرطة الفرنسية الطريق أمام المتظاهرين في باريس.", "RESTRICTED_TRADE_WITH", "")]
    [InlineData("وجمدت الحكومة المصرية أسعار الخبز حتى نهاية العام.", "RESTRICTED_TRADE_WITH", "")]
    [InlineData("ويجب أن يصوت الكونغرس الأميركي لرفع الحظر الذي فرضه الرئيس الأميركي الراحل جون كينيدي.", "RESTRICTED_TRADE_WITH", "")]
    // SIGNED_AGREEMENT_WITH: agreements between parties, reached with a party, agreed by two leaders together.
    [InlineData("وتوصلت إسرائيل إلى اتفاق هدنة مع حركة حماس برعاية مصرية.", "SIGNED_AGREEMENT_WITH", "Israel > SIGNED_AGREEMENT_WITH > Hamas")]
    [InlineData("ووافقت إيران على الاقتراح الروسي.", "SIGNED_AGREEMENT_WITH", "")]
    [InlineData("وتوصل المحققون الهولنديون إلى أن الصاروخ روسي.", "SIGNED_AGREEMENT_WITH", "")]
    [InlineData("وجاء الاتفاق بعد محادثات طويلة بين إيران والقوى الكبرى.", "SIGNED_AGREEMENT_WITH", "")]
    // ACCUSED: a time phrase and a title between the accuser and the accused; blame laid on a described person.
    [InlineData("اتهم كير في ديسمبر/كانون الأول 2013 نائبه آنذاك مشار بالتخطيط للانقلاب عليه.", "ACCUSED", "Salva Kiir Mayardit > ACCUSED > Riek Machar")]
    [InlineData("وألقت روسيا سابقا باللائمة على الطيار العسكري الأوكراني، الكابتن فلاديسلاف فولوشيان.", "ACCUSED", "Russia > ACCUSED > Vladislav Voloshin")]
    [InlineData("وقال المتهم إن الشرطة المصرية عذبته.", "ACCUSED", "")]
    // Cause clauses: the reason a state gives for its act accuses the other party; a bare «بسبب إصرارها» does not.
    [InlineData("أعلنت البحرين قطع العلاقات مع قطر، بسبب إصرارها على زعزعة الأمن في المملكة.", "ACCUSED", "Bahrain > ACCUSED > Qatar")]
    [InlineData("وتأخر توقيع الاتفاق مع إيران بسبب إصرارها على شروط جديدة.", "ACCUSED", "")]
    [InlineData("وأشاد الوزير بدور فرنسا في دعم الاقتصاد اللبناني.", "SUPPORTS", "")]
    // SANCTIONED: sanctions being lifted exist; with no sanctioning party named there is nothing to say.
    [InlineData("ورحبت الشركات الأوروبية برفع العقوبات.", "SANCTIONED", "")]
    // CRITICIZED: criticism of the campaign/policy a party wages targets that party.
    [InlineData("وانتقدت منظمة العفو الدولية الانتهاكات التي ترتكبها القوات الإسرائيلية في غزة.", "CRITICIZED", "Amnesty International > CRITICIZED > Israeli forces")]
    [InlineData("وانتقد الوزير الحملة التي أطلقتها الحكومة لمكافحة الفساد.", "CRITICIZED", "")]
    // CRITICIZED: moved to attack / criticise (دفع X إلى مهاجمة Y) is said of people, not armies.
    [InlineData("ودفع القصف حزب الله إلى مهاجمة إسرائيل بالصواريخ.", "CRITICIZED", "")]
    // SUPPORTS: a participle agrees with the nearest noun, not with the whole coordination.
    [InlineData("في وقت كان النزاع بين القوات الأوكرانية والمتمردين المدعومين من روسيا في ذروته.", "SUPPORTS", "Russia > SUPPORTS > rebels")]
    public void Extracts_exactly_these_statements(string sentence, string predicates, string expected)
    {
        var wanted = predicates.Split(',').Select(p => RelationSchema.ParsePredicate(p.Trim())).ToHashSet();
        var got = DevSet.Engine.Extract(new Article("s", sentence, "ar") { Date = "2024-11-28" })
            .Where(s => wanted.Contains(s.Predicate))
            .Select(s => $"{s.Subject.Name} > {s.Predicate.ToSchemaName()} > {s.Object.Name}")
            .ToHashSet(StringComparer.Ordinal);
        var want = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(want.Order(StringComparer.Ordinal), got.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Support_given_as_the_reason_for_an_act_is_the_actors_claim()
    {
        var s = DevSet.Engine.Extract(new Article("c", "وأعلنت مصر قطع العلاقات مع قطر، وذلك بسبب ممارساتها في دعم التنظيمات الإرهابية.", "ar"))
            .Single(x => x.Predicate == Predicate.Supports);
        Assert.Equal("Qatar", s.Subject.Name);
        Assert.Equal(StatementStatus.Reported, s.Status);
        Assert.Equal("Egypt", s.AttributedTo?.Name);
    }

    [Fact]
    public void A_short_definite_name_refers_back_to_the_organisation()
    {
        var statements = DevSet.Engine.Extract(new Article("r", "أصدرت النقابة الوطنية للصحافة المغربية بيانا تضامنيا مع نقابة الصحافيين الفلسطينيين.\nوكانت النقابة الفلسطينية قد اعتبرت الدعوة محاولة ودعت الصحافيين الفلسطينيين إلى مقاطعة الزيارة.", "ar"));
        var urged = Assert.Single(statements, s => s.Predicate == Predicate.Urged);
        Assert.Equal("Palestinian Journalists Syndicate", urged.Subject.Name);
        Assert.Equal("Palestinian journalists", urged.Object.Name);
    }
}
