using System.Text.RegularExpressions;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Text;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Tests.Knowledge;

/// <summary>
/// Checks the knowledge-base data files (src/GeoGraph.Extraction/Knowledge/Data) against the contract in their
/// README: parseable, unique ids, schema types, resolvable references, the right script per language, full country
/// coverage, dated offices, no accidental name clashes, and the real-world entities of the dev gold present.
/// </summary>
public sealed partial class KnowledgeDataTests
{
    // The 193 UN member states (ISO 3166-1 alpha-2).
    private static readonly string[] UnMembers =
    [
        "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY", "BE", "BZ", "BJ", "BT",
        "BO", "BA", "BW", "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA", "CF", "TD", "CL", "CN", "CO", "KM", "CG", "CD",
        "CR", "CI", "HR", "CU", "CY", "CZ", "DK", "DJ", "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE", "SZ", "ET", "FJ", "FI",
        "FR", "GA", "GM", "GE", "DE", "GH", "GR", "GD", "GT", "GN", "GW", "GY", "HT", "HN", "HU", "IS", "IN", "ID", "IR", "IQ",
        "IE", "IL", "IT", "JM", "JP", "JO", "KZ", "KE", "KI", "KP", "KR", "KW", "KG", "LA", "LV", "LB", "LS", "LR", "LY", "LI",
        "LT", "LU", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX", "FM", "MD", "MC", "MN", "ME", "MA", "MZ", "MM",
        "NA", "NR", "NP", "NL", "NZ", "NI", "NE", "NG", "MK", "NO", "OM", "PK", "PW", "PA", "PG", "PY", "PE", "PH", "PL", "PT",
        "QA", "RO", "RU", "RW", "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN", "RS", "SC", "SL", "SG", "SK", "SI", "SB", "SO",
        "ZA", "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ", "TZ", "TH", "TL", "TG", "TO", "TT", "TN", "TR", "TM", "TV",
        "UG", "UA", "AE", "GB", "US", "UY", "UZ", "VU", "VE", "VN", "YE", "ZM", "ZW",
    ];

    // Observers, partially recognised states and territories that news treats as countries.
    private static readonly string[] OtherCountries = ["PS", "VA", "XK", "TW", "EH"];

    private static readonly Dictionary<string, EntityType> PrefixType = new(StringComparer.Ordinal)
    {
        ["country"] = EntityType.Country,
        ["loc"] = EntityType.Location,
        ["org"] = EntityType.Organization,
        ["media"] = EntityType.MediaOutlet,
        ["person"] = EntityType.Person,
        ["commodity"] = EntityType.Commodity,
        ["group"] = EntityType.Group,
    };

    // Countries whose Arabic nisba would be derived into other names: مالي (Malian) inflects to المالية "the
    // finance" (وزارة المالية); سليماني (Solomon Islander) to السليمانية, the Iraqi city, and is Soleimani's name.
    // They are recognised by their names only.
    private static readonly HashSet<string> NoSafeArabicNisba = new(StringComparer.Ordinal) { "country:ML", "country:SB" };

    // Names that are also a demonym form and are kept on purpose: the dev gold's «كازاخ» newspaper; the Iraqi prime
    // minister whose family name السوداني is also "the Sudanese".
    private static readonly HashSet<string> DemonymOverlaps = new(StringComparer.Ordinal) { "kazakh", "كازاخ", "السوداني" };

    // Keys that two entries legitimately share: real homonyms the engine must resolve from context.
    // طرابلس/Tripoli: Libya's capital and Lebanon's northern city; عمان: Oman (عُمان) and Amman (عمّان) differ only
    // in diacritics; OPEC+ folds to "opec" because keys drop punctuation; MENA: the region and Egypt's news agency.
    private static readonly HashSet<string> KnownHomonyms = new(StringComparer.Ordinal)
    {
        "tripoli", "طرابلس", "عمان", "opec", "اوبك", "mena",
    };

    // Two-word person names whose bare surname is an ordinary word or another entity's name, so it is left out
    // on purpose (هو "he", لي "for me", لين "soft", دار "house", خيل "horses", دان "condemned", سلام "peace", صالح
    // (لصالح "in favour of"), بري "ground", خان (خان يونس; "betrayed"), شريف, حسين, يونس common names; "Irish",
    // "Mohammed", "Pope", "Bar", "Dan", "May", "Price", "Moon", "Ban"; Kim and Tô are shared by many; الشيخ is a title).
    private static readonly HashSet<string> SurnameExempt = new(StringComparer.Ordinal)
    {
        "person:hu-jintao/ar", "person:simon-harris/ar", "person:li-qiang/ar", "person:lin-jian/ar", "person:ishaq-dar/ar", "person:yvan-gil/ar",
        "person:hussein-al-sheikh/ar", "person:kim-yo-jong/en", "person:kim-yong-chol/en", "person:to-lam/en", "person:to-lam/ar",
        "person:arshad-mohammed/en", "person:arshad-mohammed/ar", "person:john-irish/en", "person:john-irish/ar",
        "person:amy-pope/en", "person:amy-pope/ar", "person:ronen-bar/en", "person:ronen-bar/ar", "person:kim-min-seok/en",
        "person:nicusor-dan/en", "person:nicusor-dan/ar", "person:nawaf-salam/ar", "person:aguila-saleh/ar",
        "person:nabih-berri/ar", "person:shehbaz-sharif/ar", "person:imran-khan/ar", "person:karim-khan/ar",
        "person:fuad-hussein/en", "person:fuad-hussein/ar", "person:muhammad-yunus/ar", "person:theresa-may/en",
        "person:theresa-may/ar", "person:ned-price/en", "person:moon-jae-in/en", "person:ban-ki-moon/en", "person:abu-obaida/en", "person:abu-obaida/ar", // a kunya, not a surname
    };

    [Fact]
    public void Every_data_file_is_embedded_under_the_shared_logical_name_and_is_a_non_empty_array()
    {
        var names = KnowledgeData.Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(KnowledgeData.ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[KnowledgeData.ResourcePrefix.Length..])
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in KnowledgeData.ExpectedFiles)
        {
            Assert.Contains(file, names);
            Assert.NotEmpty(KnowledgeData.ReadArray(file));
        }
    }

    [Fact]
    public void Ids_are_unique_across_all_files()
    {
        var duplicates = KnowledgeData.Entries
            .GroupBy(e => (string?)e.Entry["id"], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} in {string.Join(", ", g.Select(x => x.File))}")
            .ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_entry_has_a_schema_type_matching_its_id_prefix_and_file()
    {
        var fileTypes = new Dictionary<string, EntityType[]>(StringComparer.Ordinal)
        {
            ["countries.json"] = [EntityType.Country],
            ["locations.json"] = [EntityType.Location],
            ["organizations.json"] = [EntityType.Organization],
            ["media.json"] = [EntityType.MediaOutlet],
            ["people.json"] = [EntityType.Person],
            ["commodities.json"] = [EntityType.Commodity],
        };
        var errors = new List<string>();
        foreach (var (file, e) in KnowledgeData.Entries)
        {
            var id = (string?)e["id"] ?? "";
            var typeName = (string?)e["type"];
            if (!Enum.TryParse<EntityType>(typeName, ignoreCase: false, out var type) || !Enum.IsDefined(type))
            {
                errors.Add($"{id}: type '{typeName}' is not a schema type");
                continue;
            }

            var colon = id.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == id.Length - 1 || !PrefixType.TryGetValue(id[..colon], out var prefixType) || prefixType != type)
            {
                errors.Add($"{id}: id prefix does not match type {type}");
            }

            if (!fileTypes[file].Contains(type))
            {
                errors.Add($"{id}: type {type} does not belong in {file}");
            }

            if (id.Any(char.IsWhiteSpace))
            {
                errors.Add($"{id}: id contains whitespace");
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void Every_entry_has_a_name_and_both_an_english_and_an_arabic_label()
    {
        var errors = new List<string>();
        foreach (var (_, e) in KnowledgeData.Entries)
        {
            var id = (string)e["id"]!;
            if (string.IsNullOrWhiteSpace((string?)e["name"]))
            {
                errors.Add($"{id}: no name");
            }

            foreach (var lang in new[] { "en", "ar" })
            {
                if (string.IsNullOrWhiteSpace((string?)e["labels"]?[lang]))
                {
                    errors.Add($"{id}: no {lang} label");
                }

                if (e["aliases"]?[lang] is not null and not JArray)
                {
                    errors.Add($"{id}: aliases.{lang} is not an array");
                }
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void Arabic_names_are_in_arabic_script_and_english_names_in_latin_script()
    {
        var errors = new List<string>();
        foreach (var (_, e) in KnowledgeData.Entries)
        {
            var id = (string)e["id"]!;
            var arabic = KnowledgeData.Names(e, "ar")
                .Concat(KnowledgeData.Strings(e["demonyms"]?["ar"]))
                .Concat(KnowledgeData.Strings(e["ar_plural"]))
                .Concat(KnowledgeData.Strings(e["metonyms"]?["ar"]));
            foreach (var s in arabic)
            {
                if (!ArabicLetter().IsMatch(s) || LatinLetter().IsMatch(s))
                {
                    errors.Add($"{id}: ar '{s}'");
                }
            }

            var english = KnowledgeData.Names(e, "en")
                .Concat(KnowledgeData.Strings(e["demonyms"]?["en"]))
                .Concat(KnowledgeData.Strings(e["metonyms"]?["en"]));
            foreach (var s in english)
            {
                if (!LatinLetter().IsMatch(s) || ArabicLetter().IsMatch(s))
                {
                    errors.Add($"{id}: en '{s}'");
                }
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void Every_reference_resolves_to_an_entry_of_a_fitting_type()
    {
        var byId = KnowledgeData.ById;
        var errors = new List<string>();

        void Check(string from, string field, string? target, params EntityType[] allowed)
        {
            if (target is null)
            {
                return;
            }

            if (!byId.TryGetValue(target, out var t))
            {
                errors.Add($"{from}.{field} -> {target}: no such entry");
            }
            else if (!allowed.Contains(Enum.Parse<EntityType>((string)t["type"]!)))
            {
                errors.Add($"{from}.{field} -> {target}: is {(string)t["type"]!}, expected {string.Join("/", allowed)}");
            }
        }

        foreach (var (_, e) in KnowledgeData.Entries)
        {
            var id = (string)e["id"]!;
            Check(id, "capital", (string?)e["capital"], EntityType.Location);
            Check(id, "capital_of", (string?)e["capital_of"], EntityType.Country);
            Check(id, "located_in", (string?)e["located_in"], EntityType.Country, EntityType.Location);
            Check(id, "based_in", (string?)e["based_in"], EntityType.Country, EntityType.Location);
            Check(id, "part_of", (string?)e["part_of"], EntityType.Country, EntityType.Organization, EntityType.MediaOutlet);
            foreach (var m in KnowledgeData.Strings(e["members"]))
            {
                Check(id, "members", m, EntityType.Country, EntityType.Organization);
            }

            foreach (var office in e["offices"] ?? new JArray())
            {
                Check(id, "offices.of", (string?)office["of"], EntityType.Country, EntityType.Organization,
                    EntityType.MediaOutlet, EntityType.Location);
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void All_193_UN_members_and_the_common_non_members_are_countries()
    {
        var countries = KnowledgeData.Entries
            .Where(e => (string?)e.Entry["type"] == "Country")
            .Select(e => (string)e.Entry["id"]!)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(193, UnMembers.Distinct(StringComparer.Ordinal).Count());
        var missing = UnMembers.Concat(OtherCountries).Where(c => !countries.Contains("country:" + c)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_country_has_a_capital_and_demonyms_in_both_languages()
    {
        var errors = new List<string>();
        foreach (var (_, e) in KnowledgeData.Entries.Where(x => (string?)x.Entry["type"] == "Country"))
        {
            var id = (string)e["id"]!;
            if ((string?)e["capital"] is null)
            {
                errors.Add($"{id}: no capital");
            }

            foreach (var lang in new[] { "en", "ar" })
            {
                if (lang == "ar" && NoSafeArabicNisba.Contains(id))
                {
                    continue;
                }

                if (!KnowledgeData.Strings(e["demonyms"]?[lang]).Any(s => !string.IsNullOrWhiteSpace(s)))
                {
                    errors.Add($"{id}: no {lang} demonym");
                }
            }

            // Arabic demonyms are the bare masculine singular nisba: the loader derives the ال, ـة and plural forms
            // itself. An entry that repeats a listed form with the article, or lists a feminine, is a data mistake.
            // (A bare form may itself begin with ال when the name does: الماني, الباني without hamza.)
            var forms = KnowledgeData.Strings(e["demonyms"]?["ar"]).Concat(KnowledgeData.Strings(e["ar_plural"])).ToList();
            var keys = forms.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
            foreach (var d in forms)
            {
                if (d.StartsWith("ال", StringComparison.Ordinal) && keys.Contains(NameKey.Of(d[2..])))
                {
                    errors.Add($"{id}: Arabic demonym '{d}' repeats a listed form with the article");
                }

                // Broken plurals may end in ة (مغاربة، قبارصة); singular nisbas may not.
                if (d.EndsWith('ة') && KnowledgeData.Strings(e["demonyms"]?["ar"]).Contains(d))
                {
                    errors.Add($"{id}: Arabic demonym '{d}' is feminine; list the masculine nisba");
                }
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void A_location_that_is_a_capital_is_the_capital_its_country_names()
    {
        var byId = KnowledgeData.ById;
        var errors = new List<string>();
        foreach (var (_, e) in KnowledgeData.Entries)
        {
            if ((string?)e["capital_of"] is { } country && (string?)byId[country]["capital"] != (string)e["id"]!)
            {
                errors.Add($"{(string)e["id"]!} is capital_of {country}, whose capital is {(string?)byId[country]["capital"]}");
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void Metonyms_of_the_main_powers_include_their_capitals_and_seats()
    {
        var byId = KnowledgeData.ById;
        Assert.Contains("الكرملين", KnowledgeData.Strings(byId["country:RU"]["metonyms"]?["ar"]));
        Assert.Contains("Kremlin", KnowledgeData.Strings(byId["country:RU"]["metonyms"]?["en"]));
        Assert.Contains("موسكو", KnowledgeData.Strings(byId["country:RU"]["metonyms"]?["ar"]));
        Assert.Contains("البيت الأبيض", KnowledgeData.Strings(byId["country:US"]["metonyms"]?["ar"]));
        Assert.Contains("Washington", KnowledgeData.Strings(byId["country:US"]["metonyms"]?["en"]));
        Assert.Contains("داونينغ ستريت", KnowledgeData.Strings(byId["country:GB"]["metonyms"]?["ar"]));
        Assert.Contains("برلين", KnowledgeData.Strings(byId["country:DE"]["metonyms"]?["ar"]));
        Assert.Contains("Kyiv", KnowledgeData.Strings(byId["country:UA"]["metonyms"]?["en"]));
        Assert.Contains("أستانا", KnowledgeData.Strings(byId["country:KZ"]["metonyms"]?["ar"]));
    }

    [Fact]
    public void Every_person_holds_at_least_one_office_with_a_role_and_well_formed_dates()
    {
        var errors = new List<string>();
        foreach (var (_, e) in KnowledgeData.Entries.Where(x => (string?)x.Entry["type"] == "Person"))
        {
            var id = (string)e["id"]!;
            var offices = e["offices"] as JArray;
            if (offices is null || offices.Count == 0)
            {
                errors.Add($"{id}: no office");
                continue;
            }

            foreach (var o in offices)
            {
                if (string.IsNullOrWhiteSpace((string?)o["role"]) || string.IsNullOrWhiteSpace((string?)o["of"]))
                {
                    errors.Add($"{id}: office without role or of");
                }

                var from = (string?)o["from"];
                var to = (string?)o["to"];
                foreach (var d in new[] { from, to })
                {
                    if (d is not null && !IsoDate().IsMatch(d))
                    {
                        errors.Add($"{id}: date '{d}' is not ISO (YYYY, YYYY-MM or YYYY-MM-DD)");
                    }
                }

                if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
                {
                    errors.Add($"{id}: office {(string?)o["role"]} ends {to} before it starts {from}");
                }
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void Two_word_person_names_list_the_bare_surname_in_both_languages()
    {
        var errors = new List<string>();
        foreach (var (_, e) in KnowledgeData.Entries.Where(x => (string?)x.Entry["type"] == "Person"))
        {
            var id = (string)e["id"]!;
            foreach (var (lang, name) in new[] { ("en", (string)e["name"]!), ("ar", (string)e["labels"]!["ar"]!) })
            {
                var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (tokens.Length != 2 || SurnameExempt.Contains($"{id}/{lang}") || RomanNumeral().IsMatch(tokens[1]))
                {
                    continue;
                }

                // East Asian names put the family name first (Xi Jinping → Xi), so either end is accepted.
                var aliases = KnowledgeData.Strings(e["aliases"]?[lang]).ToHashSet(StringComparer.Ordinal);
                if (!aliases.Contains(tokens[0]) && !aliases.Contains(tokens[1]))
                {
                    errors.Add($"{id}: no bare surname in {lang} aliases of '{name}'");
                }
            }
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void No_name_is_shared_by_two_entries_except_known_homonyms()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, e) in KnowledgeData.Entries)
        {
            var id = (string)e["id"]!;
            foreach (var n in KnowledgeData.Names(e, "en").Concat(KnowledgeData.Names(e, "ar")))
            {
                var key = NameKey.Of(n);
                if (!owners.TryGetValue(key, out var set))
                {
                    owners[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(id);
            }
        }

        var byId = KnowledgeData.ById;
        var clashes = new List<string>();
        foreach (var (key, ids) in owners)
        {
            if (ids.Count < 2 || KnownHomonyms.Contains(key))
            {
                continue;
            }

            // People sharing a surname (the Castros, the Barzanis) are resolved by the engine from context; a city
            // state's capital may share the state's name (Kuwait, Djibouti).
            var all = ids.Select(i => byId[i]).ToList();
            if (all.All(x => (string?)x["type"] == "Person"))
            {
                continue;
            }

            if (all.Count == 2 && all.Any(x => (string?)x["capital_of"] is { } c && ids.Contains(c)))
            {
                continue;
            }

            clashes.Add($"'{key}': {string.Join(", ", ids)}");
        }

        Assert.Empty(clashes);
    }

    // Frequent words that once crept in as bare aliases (كان "was", فتح "opened", صالح in لصالح "in favour of", بري
    // "ground" as in هجوم بري, الأقصى in الحد الأقصى "the maximum", "May" the month, "Shell" the artillery round...).
    // A name here would fire on ordinary text; such entities are listed with a head noun instead (حركة فتح، قناة
    // العربية، Shell plc).
    private static readonly string[] OrdinaryWords =
    [
        "كان", "فتح", "صالح", "بري", "سلام", "العربية", "الحدث", "النهار", "المنار", "الأقصى", "بنا", "قنا", "وال", "وات",
        "الساحل", "المتوسط", "الجامعة", "القطاع", "شل", "مبادلة", "خان", "يونس", "بان", "ماي", "هو", "لي", "دار", "دان",
        "بار", "النهضة", "النصرة", "الحرة", "المسيرة", "الميادين", "كيف", "الهادئ", "المقاطعة", "الضاحية", "الصحراء",
        "خرج", "الزاوية", "القصير", "ينبع", "القطرية", "القمر",
        "may", "price", "moon", "ban", "time", "independent", "national", "fox", "shell", "total", "labour", "apple", "bar",
        "pope", "commission", "old city", "sabah", "dawn",
    ];

    [Fact]
    public void No_name_is_an_ordinary_word()
    {
        var words = OrdinaryWords.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        var hits = KnowledgeData.Entries
            .SelectMany(x => KnowledgeData.Names(x.Entry, "en").Concat(KnowledgeData.Names(x.Entry, "ar"))
                .Concat(KnowledgeData.Strings(x.Entry["metonyms"]?["en"])).Concat(KnowledgeData.Strings(x.Entry["metonyms"]?["ar"]))
                .Where(n => words.Contains(NameKey.Of(n)))
                .Select(n => $"{(string)x.Entry["id"]!}: '{n}'"))
            .ToList();
        Assert.Empty(hits);
    }

    [Fact]
    public void No_other_entry_is_named_by_a_form_of_a_country_demonym()
    {
        // القطرية is "the Qatari (f.)", not Qatar Airways; the loader derives these forms from every nisba, so a name
        // equal to one of them would make the country's adjective read as another entity (DemonymOverlaps lists the
        // accepted exceptions).
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, e) in KnowledgeData.Entries.Where(x => (string?)x.Entry["type"] == "Country"))
        {
            var id = (string)e["id"]!;
            foreach (var d in KnowledgeData.Strings(e["demonyms"]?["ar"]))
            {
                foreach (var form in new[] { d, d + "ة", "ال" + d, "ال" + d + "ة" })
                {
                    owners.TryAdd(NameKey.Of(form), id);
                }
            }

            foreach (var d in KnowledgeData.Strings(e["demonyms"]?["en"]))
            {
                owners.TryAdd(NameKey.Of(d), id);
            }
        }

        var clashes = new List<string>();
        foreach (var (_, e) in KnowledgeData.Entries)
        {
            var id = (string)e["id"]!;
            foreach (var n in KnowledgeData.Names(e, "en").Concat(KnowledgeData.Names(e, "ar")))
            {
                var key = NameKey.Of(n);
                if (owners.TryGetValue(key, out var country) && country != id && !DemonymOverlaps.Contains(key))
                {
                    clashes.Add($"{id}: '{n}' is a demonym of {country}");
                }
            }
        }

        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("country:US", "U.S.", "US", "USA", "United States of America", "America", "الولايات المتحدة", "أمريكا", "أميركا", "الولايات المتحدة الأمريكية")]
    [InlineData("country:GB", "UK", "U.K.", "Britain", "Great Britain", "بريطانيا", "المملكة المتحدة")]
    [InlineData("country:DE", "ألمانيا", "المانيا", "Federal Republic of Germany")]
    [InlineData("country:SY", "سوريا", "سورية", "Syrian Arab Republic")]
    [InlineData("country:AE", "UAE", "الإمارات", "الإمارات العربية المتحدة", "الامارات")]
    [InlineData("country:BY", "بيلاروسيا", "روسيا البيضاء")]
    [InlineData("country:SA", "السعودية", "المملكة العربية السعودية", "KSA")]
    [InlineData("country:KZ", "كازاخستان", "Republic of Kazakhstan")]
    [InlineData("country:UZ", "أوزبكستان")]
    [InlineData("loc:washington", "واشنطن", "واشنطون")]
    [InlineData("loc:central-asia", "آسيا الوسطى", "وسط آسيا", "Central Asia")]
    [InlineData("loc:middle-east", "الشرق الأوسط", "Middle East")]
    [InlineData("org:NATO", "حلف شمال الأطلسي", "الناتو", "North Atlantic Treaty Organization")]
    [InlineData("org:CSTO", "منظمة معاهدة الأمن الجماعي", "CSTO")]
    [InlineData("org:HOUTHIS", "الحوثيون", "أنصار الله", "Ansar Allah")]
    [InlineData("org:ISIS", "داعش", "تنظيم الدولة الإسلامية", "ISIL")]
    [InlineData("org:US-DOD", "البنتاغون", "Pentagon")]
    [InlineData("media:ria-novosti", "ريا نوفوستي", "وكالة ريا نوفوستي")]
    [InlineData("media:afp", "AFP", "وكالة الصحافة الفرنسية", "فرانس برس")]
    [InlineData("media:channel-one-russia", "بيرفي كانال", "القناة الأولى", "Channel One")]
    [InlineData("person:vladimir-putin", "Putin", "بوتين", "بوتن")]
    [InlineData("person:recep-tayyip-erdogan", "Erdogan", "أردوغان", "اردوغان")]
    [InlineData("person:kassym-jomart-tokayev", "Tokayev", "توكاييف", "توكايف")]
    [InlineData("commodity:uranium", "اليورانيوم", "يورانيوم")]
    public void Names_that_news_uses_find_the_right_entry(string id, params string[] names)
    {
        var entry = KnowledgeData.ById[id];
        var keys = KnowledgeData.Names(entry, "en").Concat(KnowledgeData.Names(entry, "ar")).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        var missing = names.Where(n => !keys.Contains(NameKey.Of(n))).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Key_members_of_the_main_alliances_are_listed()
    {
        var byId = KnowledgeData.ById;
        Assert.Equal(
            new[] { "country:AM", "country:BY", "country:KG", "country:KZ", "country:RU", "country:TJ" },
            KnowledgeData.Strings(byId["org:CSTO"]["members"]).Order(StringComparer.Ordinal));
        Assert.Equal(6, KnowledgeData.Strings(byId["org:GCC"]["members"]).Count());
        Assert.Equal(27, KnowledgeData.Strings(byId["org:EU"]["members"]).Count());
        Assert.Equal(32, KnowledgeData.Strings(byId["org:NATO"]["members"]).Count());
        Assert.DoesNotContain("country:KZ", KnowledgeData.Strings(byId["org:BRICS"]["members"]));
        Assert.Contains("country:RU", KnowledgeData.Strings(byId["org:BRICS"]["members"]));
    }

    [GeneratedRegex(@"[\u0621-\u064A]")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex("[A-Za-z\u00C0-\u024F]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex("^[IVX]+$")]
    private static partial Regex RomanNumeral();
}
