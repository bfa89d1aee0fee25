using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Tests.English;

/// <summary>Readings real wire copy about wars invited and the engine must refuse: a passive participle read as an
/// active verb ("civilians were killed in X" is not civilians attacking X), a verb form after a preposition read as a
/// verb ("in strikes on X"), and a capitalised ordinary word read as a capitals-only acronym ("Car bomb" is not the
/// Central African Republic), a knowledge-base surname alias read as the whole of a longer name ("Prime Minister Lee
/// Hsien Loong" is not Lee Jae-myung) — with the readings that must survive beside each.</summary>
public sealed class EnglishVoiceAndAcronymTests
{
    [Theory]
    [InlineData("At least 40 civilians were killed in Mosul on Friday, a monitoring group said.")]
    [InlineData("More than 200 civilians have been killed in Idlib since March.")]
    [InlineData("Dozens of rebels were reportedly killed in Daraa after the ceasefire collapsed.")]
    [InlineData("Russian air strikes killed 15 civilians in strikes on Homs on Sunday.")]
    [InlineData("Car bomb kills six in Kabul.")]
    [InlineData("Twin Car Bombs Kill 12 in Baghdad.")]
    public void Victims_places_and_common_words_are_not_made_attackers(string sentence) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Predicate == Predicate.Attacked);

    [Theory]
    [InlineData("Syrian troops were attacked by Islamic State militants near Palmyra.", "Islamic State militants", "Syrian forces")]
    [InlineData("Fifty militants killed by the Iraqi army in Anbar.", "Iraqi forces", "militants")]
    [InlineData("Israel bombed a Hamas compound in Gaza on Tuesday.", "Israel", "Hamas")]
    public void Active_and_passive_attacks_keep_their_direction(string sentence, string attacker, string attacked)
    {
        var found = EnglishRuleTests.Extract(sentence).Where(s => s.Predicate == Predicate.Attacked).ToList();
        Assert.Contains(found, s => s.Subject.Name == attacker && s.Object.Name == attacked);
        Assert.DoesNotContain(found, s => s.Subject.Name == attacked);
    }

    [Theory]
    [InlineData("Iran has been urged by France and Germany to return to the talks.", "France", "Iran")]
    [InlineData("Iran has been urged by France and Germany to return to the talks.", "Germany", "Iran")]
    [InlineData("Serbia was pressed by the European Union to recognise the vote.", "European Union", "Serbia")]
    public void A_perfect_passive_of_urging_names_the_urger(string sentence, string urger, string urged)
    {
        var found = EnglishRuleTests.Extract(sentence).Where(s => s.Predicate == Predicate.Urged).ToList();
        Assert.Contains(found, s => s.Subject.Name == urger && s.Object.Name == urged);
        Assert.DoesNotContain(found, s => s.Subject.Name == urged);
    }

    [Theory]
    [InlineData("The CAR government accused rebels of attacking a UN convoy.", "Central African Republic")]
    [InlineData("The UN urged Yemen to allow vaccine shipments into Hodeidah.", "United Nations")]
    public void Acronyms_in_capitals_are_still_names(string sentence, string name) =>
        Assert.Contains(EnglishRuleTests.Extract(sentence), s => s.Subject.Name == name);

    [Theory]
    [InlineData("Trump asked Singapore Prime Minister Lee Hsien Loong for his opinion.", "Lee Hsien Loong", "Singapore")]
    [InlineData("South Korean President Lee Jae-myung met Japanese officials.", "Lee Jae-myung", "South Korea")]
    [InlineData("Syrian President Assad Says Russia Will Help.", "Bashar al-Assad", "Syria")]
    public void A_surname_alias_that_more_name_words_continue_is_another_person(string sentence, string leader, string state) =>
        Assert.Contains(EnglishRuleTests.Extract(sentence), s => s.Predicate == Predicate.Leads && s.Subject.Name == leader && s.Object.Name == state);

    [Theory]
    [InlineData("At the U.N. British Foreign Secretary Boris Johnson said Russia must be held to account.", "United Nations")]
    [InlineData("Amnesty International UK questioned whether the evidence had been obtained under torture.", "Amnesty International")]
    public void A_demonym_after_an_english_name_starts_the_next_phrase(string sentence, string organisation) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Predicate == Predicate.BasedIn && s.Subject.Name == organisation);

    [Fact]
    public void A_nationality_inside_an_outlets_name_is_where_it_is_based() =>
        Assert.Contains(EnglishRuleTests.Extract("The official Syrian Arab News Agency reported that five people were wounded."),
            s => s.Predicate == Predicate.BasedIn && s.Subject.Name == "Syrian Arab News Agency" && s.Object.Name == "Syria");

    [Theory]
    [InlineData("The talks stalled over President Vladimir Putins demands, Ukraines foreign ministry said.", "Ukrainian Foreign Ministry", "PART_OF", "Ukraine")]
    [InlineData("The talks stalled over President Vladimir Putins demands, Ukraines foreign ministry said.", "Vladimir Putin", "LEADS", "Russia")]
    [InlineData("The siege tightened as President Bashar al-Assads forces shelled the town.", "Bashar al-Assad", "LEADS", "Syria")]
    [InlineData("Militants attacked a checkpoint in Iraqs western province of Anbar, Turkeys foreign ministry said.", "Turkish Foreign Ministry", "PART_OF", "Turkey")]
    public void A_possessive_without_its_apostrophe_still_names(string sentence, string subject, string predicate, string obj) =>
        AssertTriple(sentence, subject, predicate, obj);

    [Theory]
    [InlineData("Former talk-show host Billy Bush accused President Donald Trump of lying.", "George W. Bush")]
    [InlineData("Ivanka Trump met Japanese Prime Minister Shinzo Abe in Tokyo.", "Donald Trump")]
    [InlineData("Lib Dem leader Charles Kennedy visited Manchester on Monday.", "John F. Kennedy")]
    public void A_surname_inside_another_persons_name_is_not_the_known_person(string sentence, string known) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Subject.Name == known);

    [Theory]
    [InlineData("Rebels fighting to oust President Bashar Assad lost ground in Homs.", "Bashar al-Assad", "Syria")]
    [InlineData("Turkish premier Recep Erdogan said talks would start in October.", "Recep Tayyip Erdoğan", "Turkey")]
    public void A_shortened_form_of_a_known_name_is_the_known_person(string sentence, string leader, string state) =>
        Assert.Contains(EnglishRuleTests.Extract(sentence), s => s.Predicate == Predicate.Leads && s.Subject.Name == leader && s.Object.Name == state);

    [Theory]
    [InlineData("The accord was signed by Peru’s President Pedro Castillo in Lima.", "Pedro Castillo", "LEADS", "Peru")]
    [InlineData("Talks were chaired by Egypt's Foreign Minister Sameh Shoukry.", "Sameh Shoukry", "LEADS", "Egyptian Foreign Ministry")]
    [InlineData("Japan's ambassador to China, Hideo Tarumi, was summoned on Friday.", "Hideo Tarumi", "WORKS_FOR", "Japan")]
    [InlineData("Merkel held talks with her French counterpart, Emmanuel Macron, and the Italian leader, Giorgia Meloni.", "Giorgia Meloni", "LEADS", "Italy")]
    [InlineData("Pakistan's prime minister, Shehbaz Sharif, said Islamabad wanted calm.", "Shehbaz Sharif", "LEADS", "Pakistan")]
    [InlineData("Turkish General Hulusi Akar said the operation would continue.", "Hulusi Akar", "WORKS_FOR", "Turkey")]
    [InlineData("EU foreign policy chief Kaja Kallas said the bloc would respond.", "Kaja Kallas", "WORKS_FOR", "European Union")]
    [InlineData("India's top diplomat Subrahmanyam Jaishankar arrived in Moscow.", "Subrahmanyam Jaishankar", "WORKS_FOR", "India")]
    [InlineData("The BBC's Lyse Doucet said the mood in Kabul was tense.", "Lyse Doucet", "WORKS_FOR", "BBC")]
    [InlineData("A Saudi-led coalition has fought the Houthis since 2015.", "Saudi Arabia", "LEADS", "Saudi-led coalition")]
    public void Possessive_and_comma_titles_ranks_and_led_compounds(string sentence, string subject, string predicate, string obj) =>
        AssertTriple(sentence, subject, predicate, obj);

    [Theory]
    [InlineData("Coup leader General Brice Oligui Nguema was sworn in on Monday.", "Brice Oligui Nguema")]
    [InlineData("She told the BBC's Politics Show she had no plans to stand.", "Politics Show")]
    [InlineData("The Russian General Staff Warns Against New Strikes.", "Staff Warns Against New")]
    [InlineData("The international coalition has fought the militants since 2014.", "United States")]
    public void A_rank_without_its_country_an_outlets_programme_and_an_unnamed_coalition_say_nothing(string sentence, string subject) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Subject.Name == subject && s.Predicate is Predicate.WorksFor or Predicate.Leads);

    [Theory]
    [InlineData("Moscow's ambassador to Japan, Nikolai Nozdrev, was summoned on Monday.", "Nikolai Nozdrev", "WORKS_FOR", "Russia")]
    [InlineData("Xi met Laos’s General Secretary Thongloun Sisoulith in Beijing.", "Thongloun Sisoulith", "LEADS", "Laos")]
    [InlineData("The BBC's diplomatic correspondent James Landale said the talks had stalled.", "James Landale", "WORKS_FOR", "BBC")]
    [InlineData("Japan’s NHK television said the missile fell into the sea.", "NHK", "BASED_IN", "Japan")]
    [InlineData("Turkeys official Anadolu Agency said three soldiers were wounded.", "Anadolu Agency", "BASED_IN", "Turkey")]
    [InlineData("The Syrian state news agency SANA said the road had reopened.", "Syrian Arab News Agency", "BASED_IN", "Syria")]
    public void Metonyms_outlets_and_party_chiefs_open_titles_and_outlets_take_their_nationality(string sentence, string subject, string predicate, string obj) =>
        AssertTriple(sentence, subject, predicate, obj);

    [Fact]
    public void A_compound_on_an_outlets_name_is_not_the_outlet() =>
        Assert.DoesNotContain(EnglishRuleTests.Extract("Many on China’s Twitter-like Weibo praised the visit."), s => s.Predicate == Predicate.BasedIn);

    [Theory]
    [InlineData("Obama arrived on Sunday in the Malaysian city of Kota Kinabalu.", "Kota Kinabalu", "LOCATED_IN", "Malaysia")]
    [InlineData("Turkish jets bombed the village of Tel Rifaat overnight.", "Turkey", "ATTACKED", "Tel Rifaat")]
    [InlineData("Macron visited the town of Oradour on Saturday.", "Emmanuel Macron", "VISITED", "Oradour")]
    [InlineData("Drones struck oil depots near the capital Kyiv on Monday.", "Kyiv", "CAPITAL_OF", "Ukraine")]
    public void Places_named_by_their_kind_and_a_bare_capital(string sentence, string subject, string predicate, string obj) =>
        AssertTriple(sentence, subject, predicate, obj);

    [Theory]
    [InlineData("The City of London fined the bank on Friday.")]
    [InlineData("Protesters gathered in the town of Anti-Government on Sunday.")]
    public void A_capitalised_head_or_a_compound_is_no_new_place(string sentence) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Subject.Type == Core.Schema.EntityType.Location || s.Object.Type == Core.Schema.EntityType.Location);

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov told reporters the talks were useful.", "Dmitry Peskov", "WORKS_FOR", "Russia")]
    [InlineData("Elysee spokesman Gabriel Attal said Paris would respond.", "Gabriel Attal", "WORKS_FOR", "France")]
    [InlineData("Tory leader Kemi Badenoch said the plan was flawed.", "Kemi Badenoch", "LEADS", "Conservative Party (UK)")]
    [InlineData("Former Labour leader Jeremy Corbyn opposed the strikes.", "Jeremy Corbyn", "LEADS", "Labour Party (UK)")]
    public void A_seat_of_government_or_a_party_says_whose_office_a_title_is(string sentence, string subject, string predicate, string obj) =>
        AssertTriple(sentence, subject, predicate, obj);

    [Fact]
    public void Affairs_closing_a_title_is_no_first_name() =>
        Assert.DoesNotContain(EnglishRuleTests.Extract("Cuba's Foreign Ministry chief for U.S. Affairs Josefina Vidal led the delegation."), s => s.Subject.Name.StartsWith("Affairs", StringComparison.Ordinal));

    [Theory]
    [InlineData("Wang Yi told French Foreign Minister Jean-Noel Barrot by phone on Monday that Beijing wanted calm.", "Wang Yi", "MET_WITH", "Jean-Noël Barrot")]
    [InlineData("Germany chided Hungary for its veto on Tuesday.", "Germany", "CRITICIZED", "Hungary")]
    [InlineData("The European Union admonished Serbia over the arrests.", "European Union", "CRITICIZED", "Serbia")]
    public void A_call_by_phone_and_the_verbs_of_rebuke(string sentence, string subject, string predicate, string obj) =>
        AssertTriple(sentence, subject, predicate, obj);

    [Fact]
    public void A_title_apposition_after_a_name_leaves_the_name_the_subject()
    {
        var found = EnglishRuleTests.Extract("Volker Turk, head of the UN human rights office, called on Israel to allow aid into Gaza.");
        Assert.DoesNotContain(found, s => s.Predicate == Predicate.Urged && s.Subject.Name != "Volker Türk");
        Assert.Contains(found, s => s.Predicate == Predicate.Urged && s.Subject.Name == "Volker Türk" && s.Object.Name == "Israel");
    }

    [Fact]
    public void A_known_entity_carries_the_articles_own_spelling_as_its_surface_label()
    {
        var s = Assert.Single(EnglishRuleTests.Extract("Iraqi Prime Minister Iyad Allawi met Chirac. Iyad Allawi said Paris would help."),
            x => x.Predicate == Predicate.MetWith);
        Assert.Equal("Ayad Allawi", s.Subject.Name);
        Assert.Equal("Iyad Allawi", s.Subject.Labels["surface"]);
        Assert.Equal("Chirac", s.Object.Labels["surface"]);
        Assert.Equal("Jacques Chirac", s.Object.Labels["en"]);
    }

    [Theory]
    [InlineData("Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing.", "Sergey Lavrov", "Sergei Lavrov")]
    [InlineData("French President Francois Hollande met Vladimir Putin in Paris.", "François Hollande", "Francois Hollande")]
    public void A_name_after_a_title_gives_the_surface_spelling(string sentence, string canonical, string surface)
    {
        var s = Assert.Single(EnglishRuleTests.Extract(sentence), x => x.Predicate == Predicate.MetWith);
        Assert.Equal(canonical, s.Subject.Name);
        Assert.Equal(surface, s.Subject.Labels["surface"]);
    }

    [Theory]
    [InlineData("Modi and Sharif both held meetings with Chinese officials in Beijing.")]
    [InlineData("Turkey held talks with Sweden's foreign minister on Monday.")]
    public void Talks_held_with_a_third_party_are_no_meeting_between_the_subjects(string sentence) =>
        Assert.DoesNotContain(EnglishRuleTests.Extract(sentence), s => s.Predicate == Predicate.MetWith && s.RuleId == "en.met_with.noun");

    [Fact]
    public void An_unnamed_antecedent_of_whom_is_not_the_place_before_it() =>
        Assert.DoesNotContain(EnglishRuleTests.Extract("They disputed a cleric living in the United States whom Ankara accuses of plotting a coup."),
            s => s.Predicate == Predicate.Accused);

    /// <summary>Asserts that the sentence yields the triple (canonical names, schema predicate name).</summary>
    private static void AssertTriple(string sentence, string subject, string predicate, string obj) =>
        Assert.Contains(EnglishRuleTests.Extract(sentence), s => s.Subject.Name == subject && s.Predicate.ToSchemaName() == predicate && s.Object.Name == obj);
}
