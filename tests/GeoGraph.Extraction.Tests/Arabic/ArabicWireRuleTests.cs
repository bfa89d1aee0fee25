using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests.Arabic;

/// <summary>
/// The constructions added for the wire articles, on sentences written with other entities, gender and clitics, and
/// their near misses. Each row gives the exact set of statements of the listed predicates, «subject > PREDICATE >
/// object» separated by ';'; an empty expectation means none of them may be extracted.
/// </summary>
public sealed class ArabicWireRuleTests
{
    [Theory]
    // CUT_TIES_WITH: a state recalls its own envoy (سفيرها، مفوضه) from the other; summoning the other's envoy is not it.
    [InlineData("وسحب المغرب سفيره لدى تونس للتشاور.", "CUT_TIES_WITH", "Morocco > CUT_TIES_WITH > Tunisia")]
    [InlineData("وقررت الحكومة السودانية استدعاء سفيرها من نيروبي.", "CUT_TIES_WITH", "Sudan > CUT_TIES_WITH > Kenya")]
    [InlineData("واستدعت إيران السفير الألماني في طهران.", "CUT_TIES_WITH", "")]
    [InlineData("واستدعت وزارة الخارجية الفرنسية السفير الإيراني لديها.", "CUT_TIES_WITH", "")]
    // CRITICIZED: condemning an act named by its actor's nisba (العدوان الإسرائيلي، بالقصف الروسي) criticises the actor.
    [InlineData("ونددت تركيا بالهجوم الإسرائيلي على غزة.", "CRITICIZED", "Turkey > CRITICIZED > Israel")]
    [InlineData("واستنكرت الجامعة العربية الخطوة الأمريكية.", "CRITICIZED", "Arab League > CRITICIZED > United States")]
    [InlineData("ودانت مصر الهجوم الإرهابي على الكنيسة.", "CRITICIZED", "")]
    [InlineData("ورحبت قطر بالقرار الأمريكي.", "CRITICIZED", "")]
    // CRITICIZED: «دان X الهجوم/القرار» with no object criticises the actor of the latest such act; no act, no statement.
    [InlineData("ونفذت إسرائيل غارة على دمشق فجر الأحد. وأدانت مصر الغارة بشدة.", "CRITICIZED", "Egypt > CRITICIZED > Israel")]
    [InlineData("وطردت النيجر السفير الفرنسي. ونددت فرنسا بالقرار.", "CRITICIZED", "France > CRITICIZED > Niger")]
    [InlineData("وعقد الرئيس اجتماعا مع وزرائه. وانتقدت المعارضة القرار.", "CRITICIZED", "")]
    [InlineData("وفرضت الولايات المتحدة عقوبات على إيران. ودانت الولايات المتحدة الهجوم على السفارة.", "CRITICIZED", "")]
    // CRITICIZED: «أعربت X عن إدانتها للهجوم الإسرائيلي» – expressed condemnation of an act named by its actor's nisba.
    [InlineData("وأعربت الجزائر عن استنكارها للعدوان الإسرائيلي على لبنان.", "CRITICIZED", "Algeria > CRITICIZED > Israel")]
    [InlineData("وأعربت قطر عن ترحيبها بالقرار الأمريكي.", "CRITICIZED", "")]
    [InlineData("وأعرب الأردن عن إدانته للهجوم الإرهابي في باكستان.", "CRITICIZED", "")]
    // ACCUSED: the pluperfect puts the accuser before قد; what follows the verb is the accused, not a second accuser.
    [InlineData("وكانت الصين قد اتهمت الولايات المتحدة بالتجسس على شركاتها.", "ACCUSED", "China > ACCUSED > United States")]
    [InlineData("وكانت نيكاراغوا قد اتهمت برلين بتسهيل ارتكاب إبادة جماعية في غزة.", "ACCUSED", "Nicaragua > ACCUSED > Germany")]
    // Headlines put the subject first (إيران تتهم إسرائيل، أردوغان يستقبل رئيسي): the word after the verb is the object.
    [InlineData("الجزائر تتهم المغرب بالتجسس على مسؤوليها", "ACCUSED", "Algeria > ACCUSED > Morocco")]
    [InlineData("السيسي يستقبل نظيره الفرنسي إيمانويل ماكرون في القاهرة", "MET_WITH", "Abdel Fattah el-Sisi > MET_WITH > Emmanuel Macron")]
    // SUPPLIED: the accused of «اتهم X Y بتزويد Z» supplies Z; permission or a call to supply names no supplier.
    [InlineData("واتهمت الخرطوم أبوظبي بتزويد قوات الدعم السريع بالأسلحة.", "SUPPLIED", "United Arab Emirates > SUPPLIED > Rapid Support Forces")]
    [InlineData("ويسمح القرار بتزويد إيران بتكنولوجيا الصواريخ.", "SUPPLIED", "")]
    [InlineData("ودعا زيلينسكي الحلفاء إلى تزويد كييف بأنظمة الدفاع الجوي.", "SUPPLIED", "")]
    [InlineData("وقدم الوزير استقالته إلى الرئيس الفرنسي.", "SUPPLIED", "")]
    // LOCATED_IN: «مدينة X في Y» places the town; «في زيارة» is no place.
    [InlineData("وقتل ثلاثة أشخاص في مدينة الموصل في العراق.", "LOCATED_IN", "Mosul > LOCATED_IN > Iraq")]
    [InlineData("ووصل الرئيس إلى مدينة جدة في زيارة رسمية.", "LOCATED_IN", "")]
    // THREATENED: vowing to answer an act named by its actor's nisba threatens the actor, not a word inside the act.
    [InlineData("وتوعدت إيران بالرد على الهجوم الإسرائيلي على قنصليتها في دمشق.", "THREATENED", "Iran > THREATENED > Israel")]
    [InlineData("وتوعد حزب الله بالرد على الغارة التي استهدفت بيروت.", "THREATENED", "")]
    // SANCTIONED: a package of sanctions on a party; a package of aid is not.
    [InlineData("وأقرت بريطانيا حزمة جديدة من العقوبات على روسيا.", "SANCTIONED", "United Kingdom > SANCTIONED > Russia")]
    [InlineData("وناقش الاتحاد الأوروبي حزمة مساعدات جديدة لأوكرانيا.", "SANCTIONED", "")]
    // JOINED: became the Nth member of; becoming anything else is not joining.
    [InlineData("وأصبحت فنلندا العضو الحادي والثلاثين في حلف شمال الأطلسي.", "JOINED", "Finland > JOINED > NATO")]
    [InlineData("وأصبحت فرنسا الدولة الأكثر تضررا في الاتحاد الأوروبي.", "JOINED,MEMBER_OF", "")]
    // CLOSED: a decision to close an outlet's offices; closing schools closes no organisation.
    [InlineData("وأمرت السلطات الهندية بإغلاق مكاتب هيئة الإذاعة البريطانية في نيودلهي.", "CLOSED", "India > CLOSED > BBC")]
    [InlineData("وقررت الحكومة المصرية إغلاق المدارس بسبب العاصفة.", "CLOSED", "")]
    // WITHDREW_FROM: the pronoun on the verbal noun (انسحابها من) is the party that withdrew.
    [InlineData("وأعلنت مالي انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا.", "WITHDREW_FROM", "Mali > WITHDREW_FROM > Economic Community of West African States")]
    // LEADS: «رئيس الحكومة» + nisba is a title, not the government as the state.
    [InlineData("وقال رئيس الحكومة الإسبانية بيدرو سانشيز إن بلاده ستعترف بفلسطين.", "LEADS", "Pedro Sánchez > LEADS > Spain")]
    [InlineData("وقال المستشار الألماني أولاف شولتس إن برلين ستواصل دعم كييف.", "LEADS", "Olaf Scholz > LEADS > Germany")]
    [InlineData("وقال المستشار الألماني السابق أولاف شولتس إن الحرب طويلة.", "LEADS", "")]
    [InlineData("وقال المرشد الأعلى الإيراني علي خامنئي إن بلاده لن تتفاوض.", "LEADS", "Ali Khamenei > LEADS > Iran")]
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

    [Theory]
    // An outlet's name in straight or curly quotes after its head word, then its nationality.
    [InlineData("وقالت صحيفة \"الشروق\" الجزائرية إن الحكومة ستتخذ إجراءات جديدة.", "الشروق", "Algeria")]
    [InlineData("وذكرت قناة “النهار” اللبنانية أن الغارات استهدفت الجنوب.", "النهار", "Lebanon")]
    public void A_quoted_outlet_is_based_in_its_nationality(string sentence, string label, string country)
    {
        var based = DevSet.Engine.Extract(new Article("q", sentence, "ar") { Date = "2024-11-28" })
            .Where(s => s.Predicate == Predicate.BasedIn)
            .Select(s => (s.Subject.Labels.GetValueOrDefault("ar"), s.Object.Name))
            .ToList();
        Assert.Contains((label, country), based);
    }

    [Fact]
    public void A_quoted_sentence_after_a_head_word_is_no_outlet()
    {
        var statements = DevSet.Engine.Extract(new Article("q", "وقال موقع الحزب \"إننا لن نتراجع عن مواقفنا\" في بيان.", "ar") { Date = "2024-11-28" });
        Assert.DoesNotContain(statements, s => s.Predicate == Predicate.BasedIn);
    }

    [Theory]
    // A new name after a title stops before a preposition written on a definite or known word.
    [InlineData("وندد رئيس الوزراء المولدوفي دورين ريشان بالقرار.", "بالقرار")]
    [InlineData("وأمرت الحكومة السفيرة الدنماركية كارين هانسن بمغادرة البلاد.", "بمغادرة")]
    [InlineData("وطالب السفير الإيطالي جوزيبي كونتي بالإفراج عن المعتقلين.", "بالإفراج")]
    public void New_names_do_not_swallow_the_next_word(string sentence, string word)
    {
        var people = DevSet.Engine.Extract(new Article("n", sentence, "ar") { Date = "2024-11-28" })
            .SelectMany(s => new[] { s.Subject, s.Object })
            .Where(e => e.Type == EntityType.Person)
            .ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.DoesNotContain(word, p.Labels.GetValueOrDefault("ar") ?? string.Empty, StringComparison.Ordinal));
    }
}
