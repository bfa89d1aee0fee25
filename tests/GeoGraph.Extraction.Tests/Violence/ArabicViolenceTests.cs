using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests.Violence;

/// <summary>
/// Violent-event extraction on Arabic agency-style sentences: each row is a sentence and the exact set of ATTACKED /
/// ARRESTED / THREATENED statements the engine must produce, written «subject > PREDICATE > object > weapon» (empty
/// weapon = no weapon qualifier), rows separated by ';'. An empty expectation means nothing violent may be extracted.
/// </summary>
public sealed class ArabicViolenceTests
{
    private static readonly Predicate[] Violent = [Predicate.Attacked, Predicate.Arrested, Predicate.Threatened];

    [Theory]
    // Air and artillery strikes, VSO with the actor as a national force.
    [InlineData("قصفت الطائرات الحربية الإسرائيلية مواقع لحركة حماس في قطاع غزة فجر الأحد.", "Israeli forces > ATTACKED > Hamas > air strike")]
    [InlineData("واستهدفت غارة إسرائيلية عناصر من حزب الله في جنوب لبنان، بحسب مصادر أمنية.", "Israel > ATTACKED > Hezbollah > air strike")]
    [InlineData("وقصف الجيش السوري بالمدفعية الثقيلة مواقع لهيئة تحرير الشام في ريف إدلب.", "Syrian forces > ATTACKED > Hayat Tahrir al-Sham > shell")]
    [InlineData("شنت القوات الروسية هجوما بطائرات مسيرة على مدينة خاركيف ليل الثلاثاء.", "Russian Armed Forces > ATTACKED > Kharkiv > drone")]
    [InlineData("وشن التحالف بقيادة السعودية غارات جوية على مواقع للحوثيين في محافظة مأرب.", "Saudi-led coalition > ATTACKED > Houthis > air strike")]
    // Launching missiles and rockets.
    [InlineData("أطلقت حركة حماس عشرات الصواريخ على إسرائيل مساء السبت.", "Hamas > ATTACKED > Israel > missile")]
    [InlineData("وأطلق حزب الله صواريخ باتجاه شمال إسرائيل.", "Hezbollah > ATTACKED > Israel > missile")]
    [InlineData("أطلق الحوثيون صاروخا باليستيا على إسرائيل، وفق ما أعلن الجيش الإسرائيلي.", "Houthis > ATTACKED > Israel > ballistic missile")]
    [InlineData("وأطلقت القوات الإسرائيلية النار على متظاهرين قرب السياج الحدودي.", "Israeli forces > ATTACKED > protesters > gunfire")]
    // SVO and relative clauses.
    [InlineData("القوات الإسرائيلية اقتحمت مخيم جنين فجر اليوم.", "Israeli forces > ATTACKED > Jenin > ")]
    [InlineData("وقال مسؤولون إن حركة طالبان هاجمت مركزا للشرطة في ولاية قندوز.", "")]
    [InlineData("أعلن الجيش الإسرائيلي أنه قصف مواقع لحزب الله في جنوب لبنان.", "Israel Defense Forces > ATTACKED > Hezbollah > ")]
    // Passive: killed by the fire of...
    [InlineData("قتل ثلاثة مدنيين برصاص القوات الإسرائيلية في مدينة نابلس.", "Israeli forces > ATTACKED > civilians > gunfire")]
    [InlineData("وأصيب عدد من المتظاهرين بنيران قوات الأمن العراقية في بغداد.", "Iraqi security forces > ATTACKED > protesters > gunfire")]
    [InlineData("قتل خمسة من المسلحين في غارة أمريكية على معقل لهم في الصومال.", "United States > ATTACKED > gunmen > air strike")]
    [InlineData("لقي معمر القذافي مصرعه على يد متمردين في مدينة سرت.", "rebels > ATTACKED > Muammar Gaddafi > ")]
    // Assassination, storming, stabbing, kidnapping.
    [InlineData("اغتالت إسرائيل قياديا في حركة حماس بغارة على بيروت.", "Israel > ATTACKED > Hamas > air strike")]
    [InlineData("اقتحم مستوطنون قرية فلسطينية في الضفة الغربية وأحرقوا منازل.", "settlers > ATTACKED > West Bank > ")]
    [InlineData("اختطف مسلحون مجهولون صحفيا في مدينة الموصل.", "gunmen > ATTACKED > Mosul > ")]
    [InlineData("اعتدى مستوطنون على المصلين في بلدة حوارة.", "settlers > ATTACKED > worshippers > ")]
    // Masdar: the attack on...
    [InlineData("ندد الاتحاد الأوروبي بالهجوم الروسي على أوكرانيا.", "Russia > ATTACKED > Ukraine > ")]
    [InlineData("وجاء الهجوم الذي شنه تنظيم الدولة الإسلامية على قوات الأمن العراقية بعد أيام من التوتر.", "Islamic State > ATTACKED > Iraqi security forces > ")]
    [InlineData("أدانت مصر القصف الإسرائيلي على قطاع غزة.", "Israel > ATTACKED > Gaza Strip > ")]
    [InlineData("تواصل الغزو الروسي لأوكرانيا للعام الثالث.", "")]
    // Arrests.
    [InlineData("اعتقلت القوات الإسرائيلية عشرات الفلسطينيين خلال مداهمات في الضفة الغربية.", "")]
    [InlineData("واعتقلت الشرطة العراقية ثلاثة مسلحين في كركوك.", "Iraqi police > ARRESTED > gunmen > ")]
    [InlineData("ألقت قوات الأمن المصرية القبض على عدد من المتظاهرين في القاهرة.", "Egyptian security forces > ARRESTED > protesters > ")]
    [InlineData("احتجزت إيران ثلاثة مسلحين قرب الحدود مع باكستان.", "Iran > ARRESTED > gunmen > ")]
    // Threats.
    [InlineData("هددت إيران بالرد على أي هجوم إسرائيلي.", "Iran > THREATENED > Israel > ")]
    [InlineData("وتوعد حزب الله بالرد على إسرائيل بعد اغتيال أحد قادته.", "Hezbollah > THREATENED > Israel > ")]
    [InlineData("هدد الحوثيون باستهداف السفن الإسرائيلية في البحر الأحمر.", "")]
    // Negation, planning and attribution keep their status (checked separately below); still exactly these triples.
    [InlineData("نفت روسيا أنها قصفت مستشفى في مدينة خاركيف.", "Russia > ATTACKED > Kharkiv > ")]
    [InlineData("ذكرت وكالة سانا أن الطيران الإسرائيلي قصف مواقع في ريف دمشق.", "Israeli forces > ATTACKED > Syria > ")]
    // Nothing violent: criticism, campaigns, sport, ordinary verbs.
    [InlineData("هاجم الوزير سياسة الحكومة في مؤتمر صحفي.", "")]
    [InlineData("أطلقت الحكومة حملة على الفساد في الوزارات.", "")]
    [InlineData("قاد مهاجم الفريق هجوما خطيرا على مرمى الخصم في الدقيقة العاشرة.", "")]
    [InlineData("أطلقت مصر مبادرة جديدة للسلام في السودان.", "")]
    [InlineData("ضرب زلزال بقوة ست درجات جنوب تركيا.", "")]
    [InlineData("انتقد الرئيس الفرنسي الهجوم الإعلامي على بلاده.", "")]
    [InlineData("استهدفت الحكومة المصرية خفض التضخم إلى عشرة بالمئة.", "")]
    [InlineData("اعتقد الوزير أن الاتفاق سيصمد.", "")]
    [InlineData("شن الرئيس الأمريكي هجوما لاذعا على الصين في خطابه.", "")]
    // War on / against a party is an attack on it; a trade war, a war on corruption or on terrorism is not.
    [InlineData("حتى تنهي روسيا حربها على أوكرانيا.", "Russia > ATTACKED > Ukraine > ")]
    [InlineData("قوات الدعم السريع التي تخوض حربا ضد الجيش السوداني.", "Rapid Support Forces > ATTACKED > Sudanese Armed Forces > ")]
    [InlineData("وشنت الولايات المتحدة حربا تجارية على الصين.", "")]
    [InlineData("وشنت إسرائيل حربا واسعة على قطاع غزة.", "Israel > ATTACKED > Gaza Strip > ")]
    [InlineData("وتصاعدت الحرب التجارية بين الصين والولايات المتحدة.", "")]
    [InlineData("وأعلنت الحكومة المصرية الحرب على الفساد.", "")]
    [InlineData("وتقود الولايات المتحدة الحرب على الإرهاب منذ 2001.", "")]
    public void Extracts_exactly_the_violent_events(string sentence, string expected)
    {
        var got = Violence(sentence).Select(Format).ToHashSet(StringComparer.Ordinal);
        var want = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(want.Order(StringComparer.Ordinal), got.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("نفت روسيا أنها قصفت مستشفى في مدينة خاركيف.", StatementStatus.Negated)]
    [InlineData("ذكرت وكالة سانا أن الطيران الإسرائيلي قصف مواقع في ريف دمشق.", StatementStatus.Reported)]
    [InlineData("قصفت الطائرات الحربية الإسرائيلية مواقع لحركة حماس في قطاع غزة فجر الأحد.", StatementStatus.Asserted)]
    [InlineData("هددت إيران بالرد على أي هجوم إسرائيلي.", StatementStatus.Asserted)]
    public void Keeps_the_status_of_the_claim(string sentence, StatementStatus status)
    {
        var st = Assert.Single(Violence(sentence).DistinctBy(Format));
        Assert.Equal(status, st.Status);
    }

    [Fact]
    public void A_national_force_is_a_group_with_its_Arabic_label()
    {
        var st = Assert.Single(Violence("قتل ثلاثة مدنيين برصاص القوات الإسرائيلية في مدينة نابلس.").DistinctBy(Format));
        Assert.Equal("القوات الإسرائيلية", st.Subject.Labels["ar"]);
        Assert.Equal(EntityType.Group, st.Subject.Type);
    }

    private static IEnumerable<Statement> Violence(string sentence) =>
        DevSet.Engine.Extract(new Article("t", sentence, "ar") { Date = "2024-11-28" }).Where(s => Violent.Contains(s.Predicate));

    private static string Format(Statement s) =>
        $"{s.Subject.Name} > {s.Predicate.ToSchemaName()} > {s.Object.Name} > {(s.Qualifiers.TryGetValue("weapon", out var w) ? w : string.Empty)}".TrimEnd();
}
