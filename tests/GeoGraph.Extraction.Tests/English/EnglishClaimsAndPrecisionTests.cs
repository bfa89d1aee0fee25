using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>Claims (status and attribution), time qualifiers, the readings English must not produce, and the check
/// that every English rule has a sentence in <see cref="EnglishRuleTests"/>.</summary>
public sealed class EnglishClaimsAndPrecisionTests
{
    [Theory]
    [InlineData("Russia expelled two German diplomats on Monday.", "asserted", null)]
    [InlineData("Russia did not expel the German diplomats.", "negated", null)]
    [InlineData("Russia didn't expel the German diplomats.", "negated", null)]
    [InlineData("Russia will expel two German diplomats.", "planned", null)]
    [InlineData("Russia plans to expel two German diplomats.", "planned", null)]
    [InlineData("Ukraine said Russia expelled two German diplomats.", "reported", "Ukraine")]
    [InlineData("Germany said Russia expelled two German diplomats, which Moscow denied.", "disputed", "Germany")]
    [InlineData("Russia expelled two German diplomats, the German Foreign Ministry said on Monday.", "reported", "German Foreign Ministry")]
    [InlineData("Russia expelled two German diplomats on Monday, said Olaf Scholz, who spoke in Berlin.", "reported", "Olaf Scholz")]
    [InlineData("Russia expelled two German diplomats, according to Reuters.", "reported", "Reuters")]
    [InlineData("Russia expelled two German diplomats, state media reported.", "reported", null)]
    [InlineData("Russia expelled two German diplomats, the Kremlin said.", "asserted", null)]
    [InlineData("Russia expelled two German diplomats, and Germany said it would respond in kind.", "asserted", null)]
    [InlineData("Russia agreed to expel two German diplomats.", "planned", null)]
    [InlineData("Russia is expected to expel two German diplomats, German officials said.", "planned", null)]
    [InlineData("Germany said Russia expelled two German diplomats, a claim Moscow denied.", "disputed", "Germany")]
    public void The_status_of_a_claim_follows_its_cue_words(string sentence, string status, string? attributedTo)
    {
        var s = Assert.Single(EnglishRuleTests.Extract(sentence), x => x.Predicate == Predicate.Expelled);
        Assert.Equal(status, s.Status.ToString().ToLowerInvariant());
        Assert.Equal(attributedTo, s.AttributedTo?.Name);
    }

    [Theory]
    [InlineData("Russia expelled two German diplomats on Tuesday.", "2024-03-12")]
    [InlineData("Russia expelled two German diplomats yesterday.", "2024-03-14")]
    [InlineData("Russia expelled two German diplomats on Dec. 23, 2023.", "2023-12-23")]
    [InlineData("Russia expelled two German diplomats in January.", "2024-01")]
    [InlineData("Russia expelled two German diplomats in 2022.", "2022")]
    public void Time_is_resolved_against_the_article_date(string sentence, string time)
    {
        var s = Assert.Single(EnglishRuleTests.Extract(sentence, "2024-03-15"), x => x.Predicate == Predicate.Expelled);
        Assert.Equal(time, s.Qualifiers.GetValueOrDefault("time"));
    }

    [Theory]
    [InlineData("All of us agreed the plan was sound.")]
    [InlineData("They sold china and porcelain to collectors.")]
    [InlineData("The attack on the convoy was condemned.")]
    public void Common_words_and_nouns_do_not_make_statements(string sentence) =>
        Assert.Empty(EnglishRuleTests.Extract(sentence));

    [Theory]
    [InlineData("In Washington, Kushner met Kim Darroch.", "United States")]
    [InlineData("Flynn phoned the U.N. missions of Uruguay and Malaysia, and Kushner spoke with Kim Darroch.", "Malaysia")]
    [InlineData("Israeli officials contacted Trump's transition team.", "Donald Trump")]
    public void A_clause_boundary_or_a_possessor_is_not_an_argument(string sentence, string notAnArgument) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Predicate == Predicate.MetWith && (s.Subject.Name == notAnArgument || s.Object.Name == notAnArgument));

    [Theory]
    [InlineData("Jack Straw, who will hold talks in Beijing on Thursday, praised the code. Mr Straw's China trip is part of regular meetings.", "planned")]
    [InlineData("Jack Straw held talks in Beijing on Thursday. Mr Straw's China trip is part of regular meetings.", "asserted")]
    public void A_trip_noun_is_planned_when_the_article_announced_the_visit(string text, string status)
    {
        var trip = Assert.Single(EnglishRuleTests.Extract(text), s => s.Predicate == Predicate.Visited && s.Object.Name == "China");
        Assert.Equal(status, trip.Status.ToString().ToLowerInvariant());
    }

    [Fact]
    public void An_accusation_denied_by_the_accused_is_disputed()
    {
        var s = Assert.Single(EnglishRuleTests.Extract("Sudan's army accused the United Arab Emirates of supplying weapons to the paramilitary Rapid Support Forces, a charge Abu Dhabi denied."), x => x.Predicate == Predicate.Supplied);
        Assert.Equal(("United Arab Emirates", "Rapid Support Forces"), (s.Subject.Name, s.Object.Name));
        Assert.Equal(StatementStatus.Disputed, s.Status);
        Assert.Equal("Sudan", s.AttributedTo?.Name);
        Assert.Equal("United Arab Emirates", s.DeniedBy?.Name);
    }

    [Theory]
    [InlineData("UK Foreign Secretary Jack Straw, who will hold talks in Beijing on Thursday, said the code was effective.", null, "Foreign and Commonwealth Office")]
    [InlineData("UK Foreign Secretary Jack Straw said the code was effective.", "2004-12-16", "Foreign and Commonwealth Office")]
    [InlineData("British Foreign Secretary David Lammy said the code was effective.", "2024-12-16", "Foreign, Commonwealth and Development Office")]
    public void A_renamed_ministry_is_the_one_of_the_article_or_office_date(string sentence, string? date, string ministry)
    {
        var statements = EnglishRuleTests.Engine.Value.Extract(new Article("t", sentence, "en") { Date = date });
        var leads = Assert.Single(statements, s => s.Predicate == Predicate.Leads);
        Assert.Equal(ministry, leads.Object.Name);
    }

    [Theory]
    [InlineData("Russia warned allies of Ukraine against sending troops.", Predicate.AllyOf)]
    [InlineData("Iran rejected talks in Oman with the United States.", Predicate.MetWith)]
    [InlineData("A Palestinian journalist was wounded in Gaza on Monday.", Predicate.WorksFor)]
    [InlineData("Lula urged Russia and Ukraine to start peace talks, speaking in Beijing after meeting Chinese leader Xi Jinping.", Predicate.MetWith, "China")]
    [InlineData("The council adopted a resolution on climate on Monday, praising Israeli scientists.", Predicate.Urged)]
    [InlineData("The embassy ordered its staff to leave Kyiv.", Predicate.Expelled)]
    [InlineData("Russian missiles struck the Black Sea port of Odesa.", Predicate.LocatedIn)]
    [InlineData("Iran is expected to supply ballistic missiles to Russia, U.S. officials said.", Predicate.Supplied, "United States")]
    [InlineData("The United States will strike Islamic State targets in Syria tonight.", Predicate.Threatened)]
    [InlineData("Rebels in Aleppo said they had captured the airport.", Predicate.Attacked)]
    [InlineData("China said the United States was considering new talks.", Predicate.Criticized)]
    [InlineData("Iran continues to talk with the IAEA, the agency said.", Predicate.Criticized)]
    [InlineData("France called the Chinese decision a positive step.", Predicate.Criticized)]
    [InlineData("Minsk denounced the sanctions as illegal.", Predicate.Criticized)]
    [InlineData("Russia's war memorial in Berlin was vandalised.", Predicate.Attacked)]
    [InlineData("Ukraine's supporters rallied in Warsaw.", Predicate.Supports)]
    [InlineData("The bloc, which includes farmers from Poland and Hungary, protested.", Predicate.MemberOf)]
    [InlineData("Bangladesh's sister city, Kolkata's rival, hosted the fair.", Predicate.MemberOf)]
    [InlineData("The Kremlin dismissed a report that Russia planned to attack NATO, and accused European governments of fear-mongering.", Predicate.Accused, "NATO")]
    [InlineData("It was not clear whether Iran would respond, and Israel said nothing.", Predicate.Threatened)]
    [InlineData("As for Syria and what Qatar is willing to provide, it could provide aid to the Syrian people.", Predicate.Supplied, "Syria")]
    [InlineData("Germany said the talks must continue.", Predicate.Urged)]
    [InlineData("The mayor's illegal actions were criticised by Russia.", Predicate.Criticized, "Russia")]
    [InlineData("Egypt sent troops armed with rifles.", Predicate.Supplied)]
    [InlineData("The United States, which has armed the YPG against Islamic State, urged Turkey to show restraint.", Predicate.Urged, "Islamic State")]
    [InlineData("Erdogan blamed the plot on U.S.-based cleric Fethullah Gulen.", Predicate.Accused, "United States")]
    [InlineData("Lebanon's pro-Syrian prime minister Omar Karami resigned.", Predicate.Leads, "Syria")]
    [InlineData("Russia's envoy to NATO, Alexander Grushko, said the deployment was a threat.", Predicate.WorksFor, "Russia's envoy")]
    [InlineData("Zimbabwe expelled a BBC journalist, accusing it of spreading lies.", Predicate.Accused, "Zimbabwe")]
    [InlineData("Germany contacted Russia's foreign ministry.", Predicate.Supports)]
    [InlineData("Russia said during a briefing to reporters that the talks failed.", Predicate.Visited)]
    [InlineData("ADDIS ABABA (Reuters) - The African Union suspended Gabon after a coup that ousted President Ali Bongo.", Predicate.Leads, "Ethiopia")]
    [InlineData("Foreign Minister Margus Tsahkna said the expulsion was justified.", Predicate.Leads)]
    [InlineData("Hamas attacked Israel. The group said it would continue to target ships linked to Israel.", Predicate.Supplied)]
    [InlineData("The United States said arms to Taiwan would continue.", Predicate.Supplied)]
    [InlineData("Britain condemned attacks by the Houthis on Saudi Arabia.", Predicate.Attacked, "United Kingdom")]
    [InlineData("The White House condemned missile attacks on Israel.", Predicate.Attacked, "United States")]
    [InlineData("In a meeting with reporters, Lavrov said the talks had stalled.", Predicate.MetWith)]
    [InlineData("In a White House meeting with Prime Minister Narendra Modi, Kamala Harris praised India.", Predicate.MetWith, "United States")]
    [InlineData("Poland expressed concern over Belarus's support for Russia.", Predicate.Supports, "Poland")]
    [InlineData("Iran's supply of drones to militias in Iraq worried Washington.", Predicate.Supplied, "Iraq")]
    [InlineData("Serbia's demand for Kosovo's recognition surprised nobody.", Predicate.Urged)]
    [InlineData("India complained that it had not been invited.", Predicate.Criticized)]
    [InlineData("Two journalists detained in Aleppo were freed on Monday.", Predicate.Arrested)]
    [InlineData("Hezbollah, the Iranian-backed group, fired rockets.", Predicate.BasedIn)]
    [InlineData("A spokesman for the Turkish lawyer, Ahmet Demir, declined to comment.", Predicate.WorksFor, "Turkey")]
    [InlineData("He said he was working with the White House on the issue.", Predicate.WorksFor)]
    [InlineData("Anti-Damascus militants rushed to blame Syria for the incident.", Predicate.Accused, "Damascus militants")]
    [InlineData("Rebels shelled the Syrian capital Damascus.", Predicate.Attacked, "Damascus")]
    [InlineData("Many on China's Twitter-like Weibo applauded the visit.", Predicate.BasedIn)]
    [InlineData("A pro-Kremlin source said the reference was a signal.", Predicate.WorksFor)]
    [InlineData("Russia stood by its decision to expel Germany's envoy.", Predicate.Supports)]
    [InlineData("Relatives of Americans detained by Iran met Biden on Monday.", Predicate.MetWith, "Iran")]
    [InlineData("NATO ally Hungary criticised the European Union.", Predicate.AllyOf)]
    [InlineData("Four civilians were wounded in the Czech capital, Prague, on Sunday.", Predicate.CapitalOf, "Tokyo")]
    [InlineData("Modi will ask Japan to invest, a senior Indian official said. He also plans to discuss trade with Kishida.", Predicate.MetWith, "senior Indian official")]
    [InlineData("Prime Minister Tony Blair stayed in London while Cherie Blair visited Kenya.", Predicate.Visited, "Tony Blair")]
    [InlineData("Rebels fighting to topple Assad also urged France to act.", Predicate.Urged, "Bashar al-Assad")]
    [InlineData("Zakharova took a jab at the United States on Wednesday calling on the State Department to act.", Predicate.Urged, "United States")]
    [InlineData("The BBC's Politics Show asked the minister about it.", Predicate.WorksFor)]
    [InlineData("Russian General Staff Warns Against New Strikes on Syria.", Predicate.WorksFor)]
    [InlineData("EU diplomatic chief Federica Mogherini said the talks failed.", Predicate.Leads, "European Union")]
    [InlineData("Syria's official news agency SANA said the army advanced.", Predicate.WorksFor)]
    [InlineData("Kuwait called for calm at an Arab League meeting.", Predicate.Urged)]
    [InlineData("Vladimir Putin told Russian television in a phone interview that Turkey had erred.", Predicate.MetWith)]
    [InlineData("The Russian president, Moscow said, would attend.", Predicate.Leads)]
    [InlineData("The Russian ambassador told the BBC on Monday that talks would go on.", Predicate.BasedIn)]
    [InlineData("Russia says 62 soldiers were killed in US-led strikes AFP Sunday.", Predicate.Attacked, "Agence France-Presse")]
    [InlineData("Turkey was in NATO before Greece.", Predicate.Visited)]
    [InlineData("Settlements near Hama have been besieged by rebels since May.", Predicate.Attacked, "Hama")]
    [InlineData("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Friday.", Predicate.Visited)]
    [InlineData("Iraq held elections in Basra on Sunday.", Predicate.Visited)]
    [InlineData("Turkish jets bombed US-backed fighters in Syria.", Predicate.Attacked, "United States")]
    [InlineData("The Obama library opened in Chicago.", Predicate.Leads)]
    [InlineData("Cherie Blair's government was never in question.", Predicate.Leads)]
    public void Near_misses_make_no_statement(string sentence, Predicate predicate, string? party = null) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Predicate == predicate && (party is null || s.Subject.Name == party || s.Object.Name == party));

    [Fact]
    public void Every_English_rule_has_a_sentence()
    {
        var asm = typeof(ExtractionEngine).Assembly;
        var ids = new List<string>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("rules/en/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(asm.GetManifestResourceStream(name)!, Encoding.UTF8);
            ids.AddRange((JObject.Parse(reader.ReadToEnd())["rules"] as JArray)?.Select(r => r.Value<string>("id")!) ?? []);
        }

        var tested = EnglishRuleTests.Cases.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.True(ids.Count > 40, $"only {ids.Count} English rules loaded");
        Assert.DoesNotContain(ids, id => !tested.Contains(id));
    }
}
