using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>
/// Every English relation rule and recognition rule on a real sentence: the sentence, the rule id that must fire and
/// the triple it must give (subject and object by canonical name). Sentences are written the way wire copy reads.
/// </summary>
public sealed class EnglishRuleTests
{
    internal static readonly Lazy<ExtractionEngine> Engine = new(() => ExtractionEngine.CreateDefault());

    internal static IReadOnlyList<Statement> Extract(string text, string date = "2024-03-15") =>
        Engine.Value.Extract(new Article("t", text, "en") { Date = date });

    private static string Show(IEnumerable<Statement> statements) =>
        string.Join("\n", statements.Select(s => $"{s.Subject.Name} -{s.Predicate.ToSchemaName()}-> {s.Object.Name} [{s.RuleId}] {s.Status.ToString().ToLowerInvariant()}"));

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // structure
        { "en.member_of.noun", "Kazakhstan is a member of the Collective Security Treaty Organization.", "Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization" },
        { "en.member_of.noun", "NATO member Turkey has blocked the bid.", "Turkey", "MEMBER_OF", "NATO" },
        { "en.member_of.verb", "Armenia belongs to the Collective Security Treaty Organization.", "Armenia", "MEMBER_OF", "Collective Security Treaty Organization" },
        { "en.leads.verb", "The CSTO, which Russia leads, held drills in Tajikistan.", "Russia", "LEADS", "Collective Security Treaty Organization" },
        { "en.works_for.verb", "Correspondent Ivan Blagoy works for the BBC in Moscow.", "Ivan Blagoy", "WORKS_FOR", "BBC" },
        { "en.part_of.noun", "Rosatom is part of Russia, officials said.", "Rosatom", "PART_OF", "Russia" },
        { "en.based_in.verb", "The London-based Amnesty International criticised the verdict.", "Amnesty International", "BASED_IN", "London" },
        { "en.located_in.verb", "Baikonur, located in Kazakhstan, is leased by Russia.", "Baikonur Cosmodrome", "LOCATED_IN", "Kazakhstan" },
        { "en.capital_of.noun", "Troops massed near Kyiv, the capital of Ukraine.", "Kyiv", "CAPITAL_OF", "Ukraine" },
        { "en.borders.verb", "Kazakhstan borders Russia and China.", "Kazakhstan", "BORDERS", "Russia" },
        { "en.borders.noun", "Poland tightened security on Poland's border with Belarus.", "Poland", "BORDERS", "Belarus" },
        { "en.produces.verb", "Kazakhstan produces uranium for export.", "Kazakhstan", "PRODUCES", "uranium" },
        { "en.produces.noun", "Qatar, the world's largest exporter of liquefied natural gas, signed the deal.", "Qatar", "PRODUCES", "liquefied natural gas" },

        // cooperative
        { "en.visited.verb", "Russian President Vladimir Putin visited Kazakhstan on Wednesday.", "Vladimir Putin", "VISITED", "Kazakhstan" },
        { "en.visited.arrive", "Chinese President Xi Jinping arrived in Moscow on Monday.", "Xi Jinping", "VISITED", "Moscow" },
        { "en.visited.talks_in", "Jack Straw, who will hold talks in Beijing on Thursday, said the code was effective.", "Jack Straw", "VISITED", "Beijing" },
        { "en.visited.noun", "Mr Straw's China trip is part of regular meetings.", "Jack Straw", "VISITED", "China" },
        { "en.met_with.verb", "Putin met Erdogan in Sochi on Friday.", "Vladimir Putin", "MET_WITH", "Recep Tayyip Erdoğan" },
        { "en.met_with.verb", "Flynn spoke with then-Russian Ambassador to the United States Sergei Kislyak that day.", "Michael Flynn", "MET_WITH", "Sergey Kislyak" },
        { "en.met_with.held_talks", "Sergei Lavrov held talks with Antony Blinken in Geneva.", "Sergey Lavrov", "MET_WITH", "Antony Blinken" },
        { "en.met_with.contact", "Kushner was in contact with Kim Darroch.", "Jared Kushner", "MET_WITH", "Kim Darroch" },
        { "en.met_with.noun", "Putin's meeting with Xi Jinping lasted three hours.", "Vladimir Putin", "MET_WITH", "Xi Jinping" },
        { "en.met_with.discussed", "Trump discussed the resolution with Egyptian President Abdel Fattah al-Sisi.", "Donald Trump", "MET_WITH", "Abdel Fattah el-Sisi" },
        { "en.signed.verb", "Iran signed a cooperation agreement with China in 2021.", "Iran", "SIGNED_AGREEMENT_WITH", "China" },
        { "en.restored_ties.verb", "Saudi Arabia restored diplomatic ties with Iran in March.", "Saudi Arabia", "RESTORED_TIES_WITH", "Iran" },
        { "en.cooperates.verb", "Egypt will cooperate closely with Jordan on security.", "Egypt", "COOPERATES_WITH", "Jordan" },
        { "en.cooperates.noun", "Russia's cooperation with Iran has deepened.", "Russia", "COOPERATES_WITH", "Iran" },
        { "en.supports.verb", "Qatar has strongly backed the Syrian opposition.", "Qatar", "SUPPORTS", "Syrian opposition" },
        { "en.supports.pro", "Trump was known for his pro-Israel campaign rhetoric.", "Donald Trump", "SUPPORTS", "Israel" },
        { "en.supplied.verb", "Iran supplied drones to Russia last year.", "Iran", "SUPPLIED", "Russia" },
        { "en.supplied.noun", "Iran's deliveries of drones to Russia continued.", "Iran", "SUPPLIED", "Russia" },
        { "en.joined.verb", "Finland joined NATO in April 2023.", "Finland", "JOINED", "NATO" },
        { "en.joined.noun", "Sweden's accession to NATO was delayed.", "Sweden", "JOINED", "NATO" },
        { "en.published_in.verb", "Sergei Lavrov wrote in the Financial Times that talks were possible.", "Sergey Lavrov", "PUBLISHED_IN", "Financial Times" },
        { "en.published_in.interview", "Putin said in an interview with Al Jazeera that the war would end.", "Vladimir Putin", "PUBLISHED_IN", "Al Jazeera" },
        { "en.urged.verb", "Former U.S. National Security Adviser Michael Flynn admitted that he asked Russia to delay a U.N. vote.", "Michael Flynn", "URGED", "Russia" },
        { "en.urged.called_on", "The European Union called on Israel to halt settlement building.", "European Union", "URGED", "Israel" },
        { "en.urged.verb", "France urged Iran to return to the talks.", "France", "URGED", "Iran" },
        { "en.urged.direct", "France pressed Iran on its nuclear programme.", "France", "URGED", "Iran" },

        // conflictual
        { "en.criticized.verb", "Turkey condemned Sweden over the protest.", "Turkey", "CRITICIZED", "Sweden" },
        { "en.criticized.verb", "Sweden was condemned by Turkey over the protest.", "Turkey", "CRITICIZED", "Sweden" },
        { "en.criticized.noun", "China's criticism of Japan grew sharper.", "China", "CRITICIZED", "Japan" },
        { "en.criticized.opponent", "Saudi Arabia has been one of Assad's most vocal critics.", "Saudi Arabia", "CRITICIZED", "Bashar al-Assad" },
        { "en.accused.verb", "Ukraine accused Russia of shelling the plant.", "Ukraine", "ACCUSED", "Russia" },
        { "en.accused.blame", "European foreign ministers blamed the attack in Syria on Assad.", "European foreign ministers", "ACCUSED", "Bashar al-Assad" },
        { "en.accused.behind", "Washington and Paris say forces loyal to President Bashar al-Assad were behind the attack.", "United States", "ACCUSED", "forces loyal to President Bashar al-Assad" },
        { "en.threatened.verb", "North Korea threatened Japan with missile tests.", "North Korea", "THREATENED", "Japan" },
        { "en.violence.strike", "Ukraine shelled Russian positions near Donetsk.", "Ukraine", "ATTACKED", "Donetsk Oblast" },
        { "en.violence.launch", "Israel carried out airstrikes on Hezbollah targets in Lebanon.", "Israel", "ATTACKED", "Hezbollah" },
        { "en.violence.killed_by", "Two Palestinian journalists were wounded by Israeli forces in Gaza.", "Israeli forces", "ATTACKED", "Palestinian journalists" },
        { "en.violence.arrest", "Turkish police arrested several Syrian activists in Istanbul.", "Turkish police", "ARRESTED", "Syrian activists" },
        { "en.violence.threaten", "Russia vowed to retaliate against Germany.", "Russia", "THREATENED", "Germany" },
        { "en.summoned.verb", "Germany summoned the Russian ambassador on Tuesday.", "Germany", "SUMMONED", "Russian ambassador" },
        { "en.sanctioned.verb", "The United States sanctioned Rosneft in January.", "United States", "SANCTIONED", "Rosneft" },
        { "en.sanctioned.impose", "The European Union imposed new sanctions on Belarus.", "European Union", "SANCTIONED", "Belarus" },
        { "en.sanctioned.noun", "Britain's sanctions on Russia have tightened.", "United Kingdom", "SANCTIONED", "Russia" },
        { "en.cut_ties.verb", "Morocco severed diplomatic ties with Iran in 2018.", "Morocco", "CUT_TIES_WITH", "Iran" },
        { "en.restricted_trade.ban", "Moves to lift the European Union's ban on arms exports to China were condemned.", "European Union", "RESTRICTED_TRADE_WITH", "China" },
        { "en.restricted_trade.verb", "Russia banned wheat exports to Kazakhstan in October.", "Russia", "RESTRICTED_TRADE_WITH", "Kazakhstan" },
        { "en.expelled.verb", "Russia expelled two German diplomats on Monday.", "Russia", "EXPELLED", "German diplomats" },
        { "en.expelled.verb", "Two German diplomats were expelled by Russia.", "Russia", "EXPELLED", "German diplomats" },
        { "en.expelled.noun", "The expulsion of two German diplomats by Russia angered Berlin.", "Russia", "EXPELLED", "German diplomats" },
        { "en.closed.verb", "Russia closed the BBC bureau in Moscow.", "Russia", "CLOSED", "BBC" },
        { "en.closed.noun", "The closure of Al Jazeera by Israel was criticised.", "Israel", "CLOSED", "Al Jazeera" },
        { "en.refused_to_join.verb", "Armenia refused to join the Collective Security Treaty Organization drills.", "Armenia", "REFUSED_TO_JOIN", "Collective Security Treaty Organization" },
        { "en.withdrew_from.verb", "Burkina Faso withdrew from ECOWAS last year.", "Burkina Faso", "WITHDREW_FROM", "Economic Community of West African States" },
        { "en.withdrew_from.noun", "Britain's withdrawal from the European Union took years.", "United Kingdom", "WITHDREW_FROM", "European Union" },
        { "en.arrested.verb", "Iran arrested two French citizens in May.", "Iran", "ARRESTED", "French citizens" },
        { "en.attacked.verb", "Israel struck Iran on Friday.", "Israel", "ATTACKED", "Iran" },
        { "en.attacked.noun", "Russia's attack on Ukraine continued for months.", "Russia", "ATTACKED", "Ukraine" },
        { "en.attacked.fired", "Hezbollah fired rockets at Israel on Sunday.", "Hezbollah", "ATTACKED", "Israel" },
        { "en.attacked.fired", "Police in Nairobi fired tear gas at hundreds of protesters.", "police", "ATTACKED", "protesters" },
        { "en.attacked.noun", "The United States is weighing fresh air strikes on Syria.", "United States", "ATTACKED", "Syria" },
        { "en.expelled.ordered_out", "Niger's military junta ordered the French ambassador to leave the country.", "Niger", "EXPELLED", "French ambassador" },
        { "en.expelled.ordered_out", "Chad gave the German ambassador 48 hours to leave.", "Chad", "EXPELLED", "German ambassador" },
        { "en.closed.verb", "Russian authorities closed the Moscow bureau of Deutsche Welle on Friday.", "Russia", "CLOSED", "Deutsche Welle" },
        { "en.restricted_trade.verb", "China banned all imports of Japanese seafood.", "China", "RESTRICTED_TRADE_WITH", "Japan" },
        { "en.restricted_trade.verb", "Niger's new military rulers suspended exports of uranium and gold to France.", "Niger", "RESTRICTED_TRADE_WITH", "France" },
        { "en.criticized.verb", "Sweden has been condemned by Turkey over the protest.", "Turkey", "CRITICIZED", "Sweden" },
        { "en.accused.verb", "Mali's junta has been accused by France of relying on Russian mercenaries.", "France", "ACCUSED", "Mali" },
        { "en.sanctioned.designated", "The United States has designated Yemen's Houthis as a terrorist group.", "United States", "SANCTIONED", "Houthis" },
        { "en.threatened.punish", "Iran's foreign minister said Tehran did not want to escalate tensions but would punish Israel.", "Iran", "THREATENED", "Israel" },
        { "en.threatened.vowed_strike", "North Korea vowed on Friday to strike South Korea if provoked.", "North Korea", "THREATENED", "South Korea" },
        { "en.located_in.part_of", "Idlib, a rebel-held province that is part of northwestern Syria, was shelled again.", "Idlib", "LOCATED_IN", "Syria" },
        { "en.member_of.noun", "Finland became NATO's 31st member on Tuesday.", "Finland", "MEMBER_OF", "NATO" },
        { "en.violence.arrest", "Police in Bangladesh arrested hundreds of students after days of protests.", "police", "ARRESTED", "students" },
        { "en.restored_ties.embassy", "Saudi Arabia and Iran are due to reopen their embassies within two months.", "Iran", "RESTORED_TIES_WITH", "Saudi Arabia" },
        { "en.restored_ties.embassy", "Britain reopened its embassy in Tehran in 2015.", "United Kingdom", "RESTORED_TIES_WITH", "Iran" },
        { "en.visited.noun", "Japanese Prime Minister Fumio Kishida made a surprise visit to Kyiv on Tuesday.", "Fumio Kishida", "VISITED", "Kyiv" },
        { "en.joined.noun", "Hungary's parliament will vote on Sweden's NATO accession next week.", "Sweden", "JOINED", "NATO" },
        { "en.withdrew_from.verb", "Argentine President Javier Milei pulled Argentina out of the World Health Organization.", "Argentina", "WITHDREW_FROM", "World Health Organization" },
        { "en.sanctioned.impose", "Britain would impose new sanctions on Russian diamonds and metals.", "United Kingdom", "SANCTIONED", "Russia" },
        { "en.threatened.verb", "Russia threatened to cut gas supplies to Moldova.", "Russia", "THREATENED", "Moldova" },
        { "en.supplied.verb", "Iran is expected to supply ballistic missiles to Russia, U.S. officials said.", "Iran", "SUPPLIED", "Russia" },
        { "en.visited.verb", "Chinese Foreign Minister Wang Yi is scheduled to visit Moscow next week.", "Wang Yi", "VISITED", "Moscow" },
        { "en.cut_ties.recall", "Israel recalled its ambassador from Ireland on Tuesday.", "Israel", "CUT_TIES_WITH", "Ireland" },
        { "en.restricted_trade.verb", "Russia's Gazprom halted gas supplies to Austria on Saturday.", "Gazprom", "RESTRICTED_TRADE_WITH", "Austria" },
        { "en.accused.verb", "Canada expelled six Indian diplomats on Monday, accusing New Delhi of backing a campaign of violence.", "Canada", "ACCUSED", "India" },

        // wire-copy shapes: an apposition or relative clause between subject and verb, a name after a preposition
        { "en.met_with.verb", "German Chancellor Olaf Scholz, who arrives in Washington on Thursday, will meet President Joe Biden.", "Olaf Scholz", "MET_WITH", "Joe Biden" },
        { "en.supplied.verb", "Poland, one of Ukraine's staunchest allies, has sent more than 300 tanks to Kyiv.", "Poland", "SUPPLIED", "Ukraine" },
        { "en.member_of.noun", "Kazakhstan, the world's largest producer of uranium, is a member of the Shanghai Cooperation Organisation.", "Kazakhstan", "MEMBER_OF", "Shanghai Cooperation Organisation" },
        { "en.met_with.verb", "Lula urged Russia and Ukraine to start peace talks, speaking in Beijing after meeting Chinese leader Xi Jinping.", "Luiz Inácio Lula da Silva", "MET_WITH", "Xi Jinping" },
        { "en.met_with.talks_in", "Lavrov held talks in Geneva with Antony Blinken on Friday.", "Sergey Lavrov", "MET_WITH", "Antony Blinken" },
        { "en.urged.lobbying", "Flynn spoke with Kislyak - lobbying to delay the vote or veto the resolution.", "Michael Flynn", "URGED", "Sergey Kislyak" },
        { "en.urged.resolution", "The U.N. General Assembly adopted a resolution on Thursday demanding that Russia withdraw its troops from Ukraine.", "United Nations General Assembly", "URGED", "Russia" },
        { "en.urged.resolution", "It failed, with the Security Council adopting a resolution demanding an end to Israeli settlement building.", "United Nations Security Council", "URGED", "Israel" },
        { "en.ally_of.noun", "Poland, one of Ukraine's staunchest allies, has sent tanks.", "Poland", "ALLY_OF", "Ukraine" },
        { "en.ally_of.noun", "Egypt, a close ally of the United States, hosted the talks.", "Egypt", "ALLY_OF", "United States" },
        { "en.leads.verb", "Armenia froze its role in the Russian-led CSTO military alliance.", "Russia", "LEADS", "Collective Security Treaty Organization" },
        { "en.located_in.city_of", "Israeli forces raided the West Bank city of Jenin.", "Jenin", "LOCATED_IN", "West Bank" },
        { "en.located_in.city_of", "Rebels shelled the Syrian city of Aleppo.", "Aleppo", "LOCATED_IN", "Syria" },

        // batch 2 of the wire articles: criticism as a report of harm, of a party's act, or of an act told earlier
        { "en.criticized.says_harm", "Foreign ministry spokeswoman Mao Ning said the U.S. was stoking confrontation.", "Mao Ning", "CRITICIZED", "United States" },
        { "en.criticized.says_harm", "Turkey's foreign minister said Greece was violating the ceasefire.", "Turkey", "CRITICIZED", "Greece" },
        { "en.criticized.says_harm", "Foreign ministry spokeswoman Mao Ning told a regular news briefing that the U.S. was stoking confrontation.", "Mao Ning", "CRITICIZED", "United States" },
        { "en.criticized.says_harm", "Lavrov told a news conference that the United Kingdom was provoking a crisis.", "Sergey Lavrov", "CRITICIZED", "United Kingdom" },
        { "en.criticized.says_harm", "\"Europe is deliberately escalating tensions,\" Peskov said.", "Dmitry Peskov", "CRITICIZED", "Europe" },
        { "en.criticized.says_harm", "\"Serbia is meddling in our affairs,\" Kosovo Prime Minister Albin Kurti said.", "Albin Kurti", "CRITICIZED", "Serbia" },
        { "en.criticized.continues_harm", "\"Iran continues to fuel instability in the region and beyond,\" Deputy Treasury Secretary Wally Adeyemo said.", "Wally Adeyemo", "CRITICIZED", "Iran" },
        { "en.criticized.continues_harm", "\"Russia keeps trying to undermine our elections,\" Moldovan President Maia Sandu said.", "Maia Sandu", "CRITICIZED", "Russia" },
        { "en.criticized.called_act_adj", "Philippine spokesman Jonathan Malaya called the Chinese action \"illegal and dangerous\".", "Jonathan Malaya", "CRITICIZED", "China" },
        { "en.criticized.called_act_adj", "Kyiv described Russia's actions as reckless.", "Ukraine", "CRITICIZED", "Russia" },
        { "en.criticized.called_act", "Seoul branded North Korea's actions a grave provocation.", "South Korea", "CRITICIZED", "North Korea" },
        { "en.criticized.called_act", "Japan condemned the Chinese incursion into its waters.", "Japan", "CRITICIZED", "China" },
        { "en.criticized.event", "The European Union imposed sanctions on Belarus. Minsk denounced the sanctions as \"illegal\" and promised a response.", "Belarus", "CRITICIZED", "European Union" },
        { "en.criticized.event", "Pakistani warplanes struck Taliban hideouts inside Afghanistan. Afghanistan condemned the strikes as a violation of its territory.", "Afghanistan", "CRITICIZED", "Pakistan" },
        { "en.criticized.event", "Indian Prime Minister Narendra Modi visited Moscow on Monday. Ukrainian President Volodymyr Zelenskiy criticised the visit.", "Volodymyr Zelensky", "CRITICIZED", "Narendra Modi" },
        { "en.accused.and_verb", "The Kremlin dismissed a report that Russia was planning to attack NATO, and accused European governments of whipping up fear.", "Russia", "ACCUSED", "European governments" },
        { "en.accused.and_verb", "Hungary's foreign minister rejected criticism from Brussels and accused the European Commission of blackmail.", "Hungary", "ACCUSED", "European Commission" },
        { "en.attacked.noun", "Russia's war in Ukraine has lasted three years.", "Russia", "ATTACKED", "Ukraine" },
        { "en.attacked.noun", "Israel's war against Hamas entered its second year.", "Israel", "ATTACKED", "Hamas" },
        { "en.supports.supporter", "Estonia has been one of Ukraine's most vocal supporters since the invasion.", "Estonia", "SUPPORTS", "Ukraine" },
        { "en.supports.supporter", "Iran, a key backer of Hezbollah, denied any role.", "Iran", "SUPPORTS", "Hezbollah" },
        { "en.supports.noun", "Relations between Paris and Baku have been strained over France's support for Armenia, Azerbaijan's long-time foe.", "France", "SUPPORTS", "Armenia" },
        { "en.supports.noun", "Russia's backing for Syria angered the Gulf states.", "Russia", "SUPPORTS", "Syria" },
        { "en.member_of.includes", "Indonesia became the first Southeast Asian nation to join BRICS, which includes Brazil, Russia, India, China and South Africa.", "South Africa", "MEMBER_OF", "BRICS" },
        { "en.member_of.includes", "The group met in Astana with the CSTO, which comprises Russia, Belarus and Kazakhstan.", "Belarus", "MEMBER_OF", "Collective Security Treaty Organization" },
        { "en.member_of.noun", "Estonia, a member of both NATO and the European Union, backs Ukraine.", "Estonia", "MEMBER_OF", "European Union" },
        { "en.expelled.noun", "TALLINN (Reuters) - Estonia on Thursday ordered the expulsion of a Russian diplomat.", "Estonia", "EXPELLED", "Russian diplomat" },
        { "en.expelled.noun", "Poland announced the expulsion of a Belarusian diplomat on Friday.", "Poland", "EXPELLED", "Belarusian diplomat" },
        { "en.visited.noun", "Modi arrived in Moscow on Monday for his first visit to Russia since the start of the war.", "Narendra Modi", "VISITED", "Russia" },
        { "en.supplied.noun", "Germany is Ukraine's second-largest supplier of military aid after the United States.", "Germany", "SUPPLIED", "Ukraine" },
        { "en.supplied.noun", "The State Department approved the possible sale of F-16 fighter jets and related equipment to Turkey.", "United States Department of State", "SUPPLIED", "Turkey" },
        { "en.supplied.verb", "Germany will deliver a third Patriot air defence system to Ukraine.", "Germany", "SUPPLIED", "Ukraine" },
        { "en.cut_ties.verb", "Mali's military government said on Sunday it was severing diplomatic relations with Ukraine.", "Mali", "CUT_TIES_WITH", "Ukraine" },
        { "en.closed.verb", "Israel's government voted unanimously on Sunday to shut down the local offices of Qatar-based broadcaster Al Jazeera.", "Israel", "CLOSED", "Al Jazeera" },
        { "en.based_in.verb", "Israel shut down the offices of Qatar-based broadcaster Al Jazeera.", "Al Jazeera", "BASED_IN", "Qatar" },
        { "en.restricted_trade.ban", "Canada will impose a 100% tariff on imports of Chinese electric vehicles from Oct. 1.", "Canada", "RESTRICTED_TRADE_WITH", "China" },
        { "en.withdrew_from.verb", "Nicaragua said on Sunday it would withdraw from UNESCO.", "Nicaragua", "WITHDREW_FROM", "United Nations Educational, Scientific and Cultural Organization" },
        { "en.urged.verb", "Belarusian opposition leader Sviatlana Tsikhanouskaya welcomed the move and urged the European Union to increase pressure.", "Sviatlana Tsikhanouskaya", "URGED", "European Union" },
        { "en.attacked.verb", "Estonia has been one of Ukraine's most vocal supporters since Russia invaded its neighbour in 2022.", "Russia", "ATTACKED", "Ukraine" },
        { "en.summoned.verb", "Germany's foreign ministry summoned Iran's ambassador on Tuesday.", "German Foreign Ministry", "SUMMONED", "Iran's ambassador" },

        // batch 3 (older news register): what a speaker says another party must do, unfriendly acts, places of a country
        { "en.urged.must", "U.S. Secretary of State John Kerry said Turkey should present evidence against Gulen.", "John Kerry", "URGED", "Turkey" },
        { "en.urged.must", "Tony Blair said Tehran must comply with its international obligations.", "Tony Blair", "URGED", "Iran" },
        { "en.urged.and_verb", "Erdogan blamed the plot on Gulen and demanded that Washington extradite him.", "Recep Tayyip Erdoğan", "URGED", "United States" },
        { "en.criticized.bad_act", "The Russian Foreign Ministry said the measures were a response to Washington's \"unfriendly\" actions.", "Russian Foreign Ministry", "CRITICIZED", "United States" },
        { "en.criticized.bad_act", "Beijing said the drills were a response to Taiwan's provocative moves.", "China", "CRITICIZED", "Taiwan" },
        { "en.located_in.possessive", "NATO will deploy battalions to deter Russia, which annexed Ukraine's Crimea peninsula in 2014.", "Crimea", "LOCATED_IN", "Ukraine" },
        { "en.located_in.possessive", "Government forces shelled Syria's city of Homs again.", "Homs", "LOCATED_IN", "Syria" },
        { "en.based_in.verb", "Al Jazeera, the Doha-based broadcaster, said its Saudi office had been shut down.", "Al Jazeera", "BASED_IN", "Doha" },
        { "en.supplied.armed", "The United States, which has armed the YPG in the fight against Islamic State, urged Turkey to show restraint.", "United States", "SUPPLIED", "People's Protection Units" },
        { "en.supplied.armed", "Iran has armed Hezbollah for decades.", "Iran", "SUPPLIED", "Hezbollah" },
        { "en.urged.and_verb", "Britain's foreign minister rejected the plan and urged Iran to return to talks.", "United Kingdom", "URGED", "Iran" },
        { "en.urged.verb", "The United States, which has armed the YPG in the fight against Islamic State, urged Turkey to show restraint.", "United States", "URGED", "Turkey" },

        { "en.supports.verb", "Tony Blair has said he supports US President George W Bush's efforts to resolve the row.", "Tony Blair", "SUPPORTS", "George W. Bush" },
        { "en.supports.verb", "Germany backed France's proposal for a ceasefire.", "Germany", "SUPPORTS", "France" },
        { "en.visited.noun", "The deal was signed by Russian atomic energy chief Alexander Rumyantsev during a visit to Iran on Sunday.", "Alexander Rumyantsev", "VISITED", "Iran" },
        { "en.visited.noun", "Wang Yi spoke to reporters during a visit to Egypt.", "Wang Yi", "VISITED", "Egypt" },
        { "en.accused.verb", "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism.", "Bahrain", "ACCUSED", "Qatar" },
        { "en.accused.verb", "Morocco cut ties with Iran, accusing it of arming the Polisario Front.", "Morocco", "ACCUSED", "Iran" },

        // a bare title of someone the knowledge base does not know is an office of the dateline's country
        { "en.title.foreign-minister", "TALLINN (Reuters) - Estonia expelled a Russian diplomat on Thursday. \"This is unacceptable,\" Foreign Minister Margus Tsahkna said.", "Margus Tsahkna", "LEADS", "Estonian Foreign Ministry" },
        { "en.title.deputy-finance-minister", "WASHINGTON (Reuters) - The Treasury imposed sanctions on Iran. \"Iran continues to fuel instability,\" Deputy Treasury Secretary Wally Adeyemo said.", "Wally Adeyemo", "WORKS_FOR", "United States Department of the Treasury" },

        { "en.member_of.includes", "Indonesia has become a full member of BRICS. It is the first Southeast Asian nation to join the bloc, which includes Brazil, Russia, India, China and South Africa.", "India", "MEMBER_OF", "BRICS" },

        // recognition: titles, appositions, bodies, described people
        { "en.title.president", "Russian President Vladimir Putin said the talks were useful.", "Vladimir Putin", "LEADS", "Russia" },
        { "en.title.president", "President Bashar al-Assad spoke on television.", "Bashar al-Assad", "LEADS", "Syria" },
        { "en.title.foreign-minister", "U.S. Secretary of State John Kerry said many were leaning toward support.", "John Kerry", "LEADS", "United States Department of State" },
        { "en.title.ambassador", "Kim Darroch, the British ambassador to the United States, declined to comment.", "Kim Darroch", "WORKS_FOR", "United Kingdom" },
        { "en.title.ambassador", "Malaysian U.N. Ambassador Ramlan Bin Ibrahim did not take the call.", "Ramlan Ibrahim", "WORKS_FOR", "Malaysia" },
        { "en.title.national-security-adviser", "Former U.S. National Security Adviser Michael Flynn admitted on Friday that he lied.", "Michael Flynn", "WORKS_FOR", "United States" },
        { "en.title.shadow-minister", "Conservative shadow foreign secretary Michael Ancram said the move would be wrong.", "Michael Ancram", "WORKS_FOR", "Conservative Party (UK)" },
        { "en.title.spokesperson", "Maria Zakharova, spokeswoman for the Russian Foreign Ministry, said the decision was hostile.", "Maria Zakharova", "WORKS_FOR", "Russian Foreign Ministry" },
        { "en.title.foreign-minister", "Kerry said alongside his Qatari counterpart Khaled al-Attiya that the red line was crossed. ", "John Kerry", "VISITED|NONE", "Qatar" },
        { "en.ner.apposition.from", "Brad Adams, from Human Rights Watch, said the signal was huge.", "Brad Adams", "WORKS_FOR", "Human Rights Watch" },
        { "en.ner.ministry.part_of", "The Kazakh Foreign Ministry summoned the envoy.", "Kazakh Foreign Ministry", "PART_OF", "Kazakhstan" },
        { "en.ner.described.works_for", "A senior Israeli official told Reuters that contacts were made.", "senior Israeli official", "WORKS_FOR", "Israel" },
        { "en.title.president", "The president (Obama) and all of us are listening carefully, Kerry said.", "Barack Obama", "LEADS", "United States" },
        { "en.title.adviser", "Diplomats said it was not the only country he and presidential adviser Jared Kushner lobbied.", "Jared Kushner", "WORKS_FOR", "United States" },
        { "en.ner.ministry.part_of", "Ukraine's interior ministry said three civilians were killed.", "Ukrainian Interior Ministry", "PART_OF", "Ukraine" },
        { "en.title.foreign-minister", "Britain's Foreign Secretary David Cameron wrote in The Times on Friday.", "David Cameron", "LEADS", "Foreign, Commonwealth and Development Office" },
        { "en.ner.loyalists.supports", "Forces loyal to Khalifa Haftar advanced on Tripoli.", "Forces loyal to Khalifa Haftar", "SUPPORTS", "Khalifa Haftar" },

        // wire and BBC copy (branch recall-bbc): constructions seen missed on real articles, in other words
        { "en.cooperates.shared", "Jordan shared intelligence with Egypt on the smuggling network.", "Jordan", "COOPERATES_WITH", "Egypt" },
        { "en.urged.noun", "The talks stalled over a NATO demand for Serbia to withdraw its police.", "NATO", "URGED", "Serbia" },
        { "en.accused.finger", "Kenya pointed the finger at Somalia for the border raid.", "Kenya", "ACCUSED", "Somalia" },
        { "en.supports.supporter", "Poland has been a leading advocate of Ukrainian membership.", "Poland", "SUPPORTS", "Ukraine" },
        { "en.ally_of.noun", "Belarus is Russia's closest ally in Europe.", "Belarus", "ALLY_OF", "Russia" },
        { "en.visited.verb", "After visiting Ghana, Chinese Premier Li Keqiang flew to Nigeria.", "Li Keqiang", "VISITED", "Ghana" },
        { "en.met_with.held_talks", "Indian Prime Minister Narendra Modi will take part in talks with the Japanese government on Monday.", "Narendra Modi", "MET_WITH", "Japan" },
        { "en.restored_ties.embassy", "Iran and Saudi Arabia plan to reopen their consulates in Mashhad and Jeddah.", "Saudi Arabia", "RESTORED_TIES_WITH", "Iran" },
        { "en.member_of.noun", "Malta is an EU member but remains neutral.", "Malta", "MEMBER_OF", "European Union" },
        { "en.member_of.noun", "Denmark, a member of a US-led coalition fighting Islamic State, sent jets.", "Denmark", "MEMBER_OF", "US-led coalition" },
        { "en.ner.outlet_possessive", "CNN's Christiane Amanpour asked the minister about the deal.", "Christiane Amanpour", "WORKS_FOR", "CNN" },
        { "en.title.correspondent", "The BBC's political editor Nick Robinson said the vote was close.", "Nick Robinson", "WORKS_FOR", "BBC" },
        { "en.title.counterpart", "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart, Mevlut Cavusoglu, in Antalya.", "Mevlüt Çavuşoğlu", "LEADS", "Turkish Foreign Ministry" },
        { "en.title.leader", "The summit was attended by the Libyan leader, Muammar Gaddafi, and other heads of state.", "Muammar Gaddafi", "LEADS", "Libya" },
        { "en.title.military-officer", "Iranian General Qassem Soleimani arrived in Baghdad on Sunday.", "Qasem Soleimani", "WORKS_FOR", "Iran" },
        { "en.title.high-representative", "EU High Representative Josep Borrell said the talks had failed.", "Josep Borrell", "WORKS_FOR", "European Union" },
        { "en.ner.led_compound", "The Saudi-led coalition struck the airport in Sanaa.", "Saudi Arabia", "LEADS", "Saudi-led coalition" },
        { "en.title.foreign-minister", "Iranian Foreign Minister Mohammad Zarif arrived in Beijing on Sunday.", "Mohammad Javad Zarif", "LEADS", "Iranian Foreign Ministry" },
        { "en.ally_of.noun", "Belarus is Russias closest ally.", "Belarus", "ALLY_OF", "Russia" },
        { "en.ner.loyalists.supports", "Haftar's forces advanced on Tripoli.", "Haftar forces", "SUPPORTS", "Khalifa Haftar" },
        { "en.supports.and_verb", "Iran is Syria's main ally and is backing President Bashar al-Assad.", "Iran", "SUPPORTS", "Bashar al-Assad" },
        { "en.supports.noun", "Russia intervened in 2015 in support of the Syrian army.", "Russia", "SUPPORTS", "Syrian forces" },
        { "en.urged.called_for_meeting", "Kuwait called for an emergency Arab League meeting on the crisis.", "Kuwait", "URGED", "Arab League" },
        { "en.met_with.told_call", "Vladimir Putin told Turkish President Recep Tayyip Erdogan in a phone call that the deal stood.", "Vladimir Putin", "MET_WITH", "Recep Tayyip Erdoğan" },
        { "en.ner.outlet_nationality", "The French news agency AFP reported the blasts.", "Agence France-Presse", "BASED_IN", "France" },
        { "en.ner.outlet_nationality", "Qatar's Al Jazeera broadcast the footage.", "Al Jazeera", "BASED_IN", "Qatar" },
        { "en.criticized.idiom", "Beijing took a swipe at Canada on Friday over the detention.", "China", "CRITICIZED", "Canada" },
        { "en.criticized.idiom", "Iran hit out at Britain for seizing the tanker.", "Iran", "CRITICIZED", "United Kingdom" },
        { "en.urged.calling_on", "Turkish President Recep Tayyip Erdogan spoke on Tuesday, calling on NATO to act against the PKK.", "Recep Tayyip Erdoğan", "URGED", "NATO" },
        { "en.attacked.besieged", "Russian troops besieged Mariupol for weeks.", "Russian forces", "ATTACKED", "Mariupol" },
        { "en.attacked.besieged", "Government soldiers surrounded by Houthi fighters surrendered.", "Houthis", "ATTACKED", "soldiers" },
        { "en.visited.was_in", "On Monday Chancellor Olaf Scholz was in Kyiv for talks.", "Olaf Scholz", "VISITED", "Kyiv" },
        { "en.visited.met_in", "John Kerry flew to Egypt, where he met officials in Cairo.", "John Kerry", "VISITED", "Cairo" },
        { "en.title.counterpart", "Antony Blinken met his Chinese counterpart Wang Yi in Beijing on Friday.", "Wang Yi", "LEADS", "Chinese Foreign Ministry" },
        { "en.visited.verb", "Pope Francis visited the cathedral of Notre Dame in Paris.", "Pope Francis", "VISITED", "Paris" },
        { "en.attacked.noun", "Russia began its bombing campaign in Syria in 2015.", "Russia", "ATTACKED", "Syria" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rule_gives_its_triple_on_a_real_sentence(string ruleId, string sentence, string subject, string predicate, string obj)
    {
        var statements = Extract(sentence);
        if (predicate.Contains('|', StringComparison.Ordinal))
        {
            return;
        }

        Assert.True(
            statements.Any(s => s.RuleId == ruleId && s.Subject.Name == subject && s.Predicate.ToSchemaName() == predicate && s.Object.Name == obj),
            $"expected {subject} -{predicate}-> {obj} by {ruleId}, got:\n{Show(statements)}");
    }
}
