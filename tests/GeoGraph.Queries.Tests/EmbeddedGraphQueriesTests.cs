using GeoGraph.Queries.Results;
using GeoGraph.Queries.Tests.Support;

namespace GeoGraph.Queries.Tests;

/// <summary>
/// Every query over the fixture graph (the project's own extract output over the dev articles) on the embedded store.
/// Expected answers were checked by hand against the evidence sentences of the dev articles: where the extractor got a
/// statement wrong (e.g. the negated "RU BORDERS UA" of ar-13 is really a denied missile crossing), a true one is asserted instead.
/// </summary>
public sealed class EmbeddedGraphQueriesTests(FixtureGraph fixture) : IClassFixture<FixtureGraph>
{
    public sealed class Entity(FixtureGraph fixture) : IClassFixture<FixtureGraph>
    {
        [Fact]
        public async Task English_name_finds_the_country_with_labels_degree_and_top_relations()
        {
            await using var q = fixture.Open();
            var r = await q.EntityAsync("Russia");
            Assert.Equal(ResolutionStatus.Found, r.Status);
            var ru = Assert.Single(r.Matches);
            Assert.Equal("country:RU", ru.Entity.Id);
            Assert.Equal("Country", ru.Entity.Type);
            Assert.Equal("روسيا", ru.Labels["ar"]);
            Assert.Equal("Russia", ru.Labels["en"]);
            // 45 extracted statements name Russia as subject or object.
            Assert.Equal(45, ru.Degree);
            // "وزارة الخارجية الروسية" / "وزير الخارجية الروسي": six sentences place the foreign ministry in Russia.
            Assert.Equal(new RelationSummary("in", "PART_OF", new EntityRef("org:RU-MFA", "Russian Foreign Ministry", "Organization"), 6), ru.TopRelations[0]);
            Assert.Equal(QueryLimits.TopRelations, ru.TopRelations.Count);
        }

        [Theory]
        [InlineData("روسيا", "country:RU")]
        [InlineData("وروسيا", "country:RU")]            // conjunction و attached
        [InlineData("بالسعودية", "country:SA")]         // preposition + article: stored as السعودية
        [InlineData("لكازاخستان", "country:KZ")]        // preposition ل
        [InlineData("قاسم جومارت توكاييف", "person:kassym-jomart-tokayev")]
        [InlineData("Kassym-Jomart Tokayev", "person:kassym-jomart-tokayev")]
        [InlineData("the United Kingdom", "country:GB")]
        [InlineData("منظمة معاهدة الأمن الجماعي", "org:CSTO")]
        [InlineData("Collective Security Treaty Organization", "org:CSTO")]
        [InlineData("country:KZ", "country:KZ")]
        public async Task Any_language_alias_clitic_form_or_id_resolves(string name, string id)
        {
            await using var q = fixture.Open();
            var r = await q.EntityAsync(name);
            Assert.Equal(ResolutionStatus.Found, r.Status);
            Assert.Equal(id, Assert.Single(r.Matches).Entity.Id);
        }

        [Fact]
        public async Task A_surname_alone_is_unknown_and_suggests_the_one_extracted_person()
        {
            await using var q = fixture.Open();
            // The extractor links both spellings of Lavrov (ar-02, ar-30) to one id and stores no surname alias.
            var r = await q.EntityAsync("Lavrov");
            Assert.Equal(ResolutionStatus.Unknown, r.Status);
            Assert.Equal("person:sergey-lavrov", r.Suggestions[0].Entity.Id);
        }

        [Fact]
        public async Task A_canonical_name_wins_over_another_entitys_alias()
        {
            await using var q = fixture.Open();
            // "ARD" is the broadcaster's name and an alias of the expelled journalists.
            var r = await q.EntityAsync("ARD");
            Assert.Equal("media:ard", Assert.Single(r.Matches).Entity.Id);
        }

        [Fact]
        public async Task A_misspelt_name_is_unknown_and_suggests_the_near_match()
        {
            await using var q = fixture.Open();
            var r = await q.EntityAsync("Kazakstan");
            Assert.Equal(ResolutionStatus.Unknown, r.Status);
            Assert.Empty(r.Matches);
            var s = Assert.Single(r.Suggestions);
            Assert.Equal(("country:KZ", 1), (s.Entity.Id, s.Distance));
        }

        [Fact]
        public async Task Other_queries_throw_a_typed_error_for_unknown_names()
        {
            await using var q = fixture.Open();
            // The extracted graph holds no name shared by two entities, so only the unknown case occurs here.
            var unknown = await Assert.ThrowsAsync<EntityResolutionException>(() => q.TimelineAsync("Kazakstan"));
            Assert.Equal(ResolutionStatus.Unknown, unknown.Status);
            Assert.Equal("country:KZ", unknown.Suggestions[0].Entity.Id);
            Assert.Contains("did you mean", unknown.Message, StringComparison.Ordinal);
        }
    }

    public sealed class Neighbors(FixtureGraph fixture) : IClassFixture<FixtureGraph>
    {
        [Fact]
        public async Task Lists_relations_both_ways_most_mentioned_first()
        {
            await using var q = fixture.Open();
            var r = await q.NeighborsAsync("Russia");
            Assert.Equal("country:RU", r.Entity.Id);
            Assert.Equal(("in", "PART_OF", "org:RU-MFA", 6L), (r.Relations[0].Direction, r.Relations[0].Predicate, r.Relations[0].Other.Id, r.Relations[0].Mentions));
            // Moscow "سترد بالمثل" (will respond in kind) against Berlin.
            Assert.Contains(r.Relations, n => n is { Direction: "out", Predicate: "THREATENED", Other.Id: "country:DE" });
            Assert.Contains(r.Relations, n => n is { Direction: "in", Predicate: "LEADS", Other.Id: "person:vladimir-putin" });
            // Russia attacked Ukraine and Ukraine attacked Russia (seed): two relations, one per direction.
            Assert.Equal(2, r.Relations.Count(n => n is { Predicate: "ATTACKED", Other.Id: "country:UA" }));
        }

        [Fact]
        public async Task Family_filter_keeps_only_conflictual_predicates()
        {
            await using var q = fixture.Open();
            var r = await q.NeighborsAsync("Russia", new NeighborFilter { Family = "conflictual" });
            Assert.Equal(15, r.Relations.Count);
            Assert.All(r.Relations, n => Assert.Equal("conflictual", n.Family));
            Assert.DoesNotContain(r.Relations, n => n.Predicate == "PART_OF");
        }

        [Fact]
        public async Task Status_filter_keeps_only_disputed_statements()
        {
            await using var q = fixture.Open();
            // Russia says Berlin closed Channel One's office; the German foreign ministry denies it (seed).
            var r = await q.NeighborsAsync("Germany", new NeighborFilter { Statuses = ["disputed"] });
            var n = Assert.Single(r.Relations);
            Assert.Equal(("out", "CLOSED", "media:channel-one-russia"), (n.Direction, n.Predicate, n.Other.Id));
            Assert.Equal("2024-11-28", n.FirstSeen);
        }

        [Fact]
        public async Task Time_range_uses_qualifier_time_else_article_date()
        {
            await using var q = fixture.Open();
            // Russia expelled the ARD journalists "أمس" (yesterday) of the 2024-11-28 article: qualifier time 2024-11-27;
            // ARD's other two relations (based in Germany, Sven Feller works for it) have only the article date.
            var r = await q.NeighborsAsync("ARD", new NeighborFilter { To = "2024-11-27" });
            var n = Assert.Single(r.Relations);
            Assert.Equal(("in", "EXPELLED", "country:RU"), (n.Direction, n.Predicate, n.Other.Id));

            var later = await q.NeighborsAsync("ARD", new NeighborFilter { From = "2024-11-28" });
            Assert.Equal(["BASED_IN", "WORKS_FOR"], later.Relations.Select(x => x.Predicate).Order(StringComparer.Ordinal));

            // A month prefix overlaps both days.
            var month = await q.NeighborsAsync("ARD", new NeighborFilter { From = "2024-11", To = "2024-11" });
            Assert.Equal(3, month.Relations.Count);
        }

        [Fact]
        public async Task Min_mentions_keeps_repeated_relations()
        {
            await using var q = fixture.Open();
            // "حليفة بلاده" (sentence 0) and "حليفا عسكريا واقتصاديا تاريخيا لروسيا" (sentence 10): Kazakhstan is Russia's ally twice.
            var r = await q.NeighborsAsync("Kazakhstan", new NeighborFilter { MinMentions = 2 });
            var n = Assert.Single(r.Relations);
            Assert.Equal(("out", "ALLY_OF", "country:RU", 2L), (n.Direction, n.Predicate, n.Other.Id, n.Mentions));
        }

        [Fact]
        public async Task Unknown_family_or_predicate_is_rejected_with_the_valid_names()
        {
            await using var q = fixture.Open();
            var e = await Assert.ThrowsAsync<ArgumentException>(() => q.NeighborsAsync("Russia", new NeighborFilter { Family = "hostile" }));
            Assert.Contains("structure, cooperative or conflictual", e.Message, StringComparison.Ordinal);
            var p = await Assert.ThrowsAsync<ArgumentException>(() => q.NeighborsAsync("Russia", new NeighborFilter { Predicates = ["INVADED"] }));
            Assert.Contains("SANCTIONED", p.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Between_Russia_and_Germany_is_the_threat_with_its_sentence()
    {
        await using var q = fixture.Open();
        var r = await q.BetweenAsync("Russia", "ألمانيا");
        var s = Assert.Single(r.Statements);
        Assert.Equal(("country:RU", "THREATENED", "country:DE"), (s.Subject.Id, s.Predicate, s.Object.Id));
        Assert.Equal("seed-kazakhstan", s.ArticleId);
        Assert.Equal("2024-11-28", s.When);
        var text = fixture.Articles.Single(a => a.Id == "seed-kazakhstan").Text;
        Assert.Equal(s.Evidence.Text, text[s.Evidence.Start..s.Evidence.End]);
    }

    [Fact]
    public async Task Between_finds_both_directions()
    {
        await using var q = fixture.Open();
        var r = await q.BetweenAsync("Russia", "Kazakhstan");
        // Seed: Kazakhstan is Russia's ally (twice), Russia borders it and blocked some of its farm exports.
        Assert.Equal(
            ["country:KZ ALLY_OF country:RU", "country:KZ ALLY_OF country:RU", "country:RU BORDERS country:KZ", "country:RU RESTRICTED_TRADE_WITH country:KZ"],
            r.Statements.Select(s => $"{s.Subject.Id} {s.Predicate} {s.Object.Id}").Order(StringComparer.Ordinal));
        Assert.All(r.Statements, s => Assert.Equal("2024-11-28", s.When));
    }

    public sealed class Path(FixtureGraph fixture) : IClassFixture<FixtureGraph>
    {
        [Fact]
        public async Task Tokayev_reaches_Germany_in_three_hops_through_Russia()
        {
            await using var q = fixture.Open();
            var r = await q.PathAsync("قاسم جومارت توكاييف", "Germany");
            Assert.Equal(3, r.Hops);
            Assert.Equal(
                [
                    "person:kassym-jomart-tokayev -LEADS- country:KZ -ALLY_OF- country:RU -THREATENED- country:DE",
                    "person:kassym-jomart-tokayev -LEADS- country:KZ -BORDERS- country:RU -THREATENED- country:DE",
                    "person:kassym-jomart-tokayev -LEADS- country:KZ -RESTRICTED_TRADE_WITH- country:RU -THREATENED- country:DE",
                    "person:kassym-jomart-tokayev -PUBLISHED_IN- media:izvestia -BASED_IN- country:RU -THREATENED- country:DE",
                ],
                r.Paths.Select(p => p.Key));
            // Steps keep the stated direction: Russia threatened Germany, Tokayev leads Kazakhstan.
            var first = r.Paths[0];
            Assert.Equal(("person:kassym-jomart-tokayev", "country:KZ"), (first.Steps[0].Subject.Id, first.Steps[0].Object.Id));
            Assert.Equal(("country:RU", "country:DE"), (first.Steps[2].Subject.Id, first.Steps[2].Object.Id));
        }

        [Fact]
        public async Task A_hop_bound_below_the_distance_finds_nothing()
        {
            await using var q = fixture.Open();
            var r = await q.PathAsync("Kassym-Jomart Tokayev", "Germany", maxHops: 2);
            Assert.Null(r.Hops);
            Assert.Empty(r.Paths);
        }

        [Fact]
        public async Task Excluding_a_predicate_takes_the_next_shortest_route()
        {
            await using var q = fixture.Open();
            var r = await q.PathAsync("Kassym-Jomart Tokayev", "Germany", excludePredicates: ["THREATENED"]);
            Assert.Equal(4, r.Hops);
            Assert.All(r.Paths, p => Assert.DoesNotContain(p.Steps, s => s.Predicate == "THREATENED"));
            // Russia expelled two journalists of the German broadcaster ARD.
            Assert.Contains("person:kassym-jomart-tokayev -LEADS- country:KZ -ALLY_OF- country:RU -EXPELLED- media:ard -BASED_IN- country:DE", r.Paths.Select(p => p.Key));
        }

        [Fact]
        public async Task Limit_cuts_the_sorted_paths()
        {
            await using var q = fixture.Open();
            var r = await q.PathAsync("Kassym-Jomart Tokayev", "Germany", limit: 2);
            Assert.Equal(2, r.Paths.Count);
            Assert.EndsWith("-BORDERS- country:RU -THREATENED- country:DE", r.Paths[1].Key, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Timeline_of_Kazakhstan_orders_one_day_by_sentence()
    {
        await using var q = fixture.Open();
        var r = await q.TimelineAsync("كازاخستان");
        Assert.Equal(10, r.Statements.Count);
        // No Kazakhstan statement carries a time qualifier, so all fall on the article date and keep text order:
        // sentence 0 is Putin's arrival in Kazakhstan, "حليفة بلاده".
        Assert.All(r.Statements, s => Assert.Equal(("2024-11-28", (string?)null), (s.When, s.Time)));
        Assert.Equal(r.Statements.Select(s => s.Evidence.Sentence).Order(), r.Statements.Select(s => s.Evidence.Sentence));
        Assert.Equal(["ALLY_OF", "VISITED"], r.Statements.Take(2).Select(s => s.Predicate).Order(StringComparer.Ordinal));
        Assert.Equal(("country:KZ", "PRODUCES", "commodity:uranium"), (r.Statements[^1].Subject.Id, r.Statements[^1].Predicate, r.Statements[^1].Object.Id));
    }

    public sealed class Who(FixtureGraph fixture) : IClassFixture<FixtureGraph>
    {
        [Fact]
        public async Task Who_sanctioned_lists_Russia_sanctioning_Starmers_ministers_among_all_sanctions()
        {
            await using var q = fixture.Open();
            var r = await q.WhoAsync("SANCTIONED");
            // Seed: Moscow "فرضت عقوبات على نحو عشرة وزراء في حكومة كير ستارمر"; ar-27: "عقوبات الأمم المتحدة" on Iran.
            Assert.Equal(["country:RU>org:keir-starmers-government", "org:UN>country:IR"], r.Select(w => $"{w.Subject.Id}>{w.Object.Id}"));
            Assert.Equal(["asserted"], r[0].Statuses);
            Assert.Equal("2024-11-28", r[0].FirstSeen);
        }

        [Fact]
        public async Task Who_with_an_object_answers_who_sanctioned_Iran()
        {
            await using var q = fixture.Open();
            var r = await q.WhoAsync("sanctioned", obj: "إيران");
            Assert.Equal(["org:UN"], r.Select(w => w.Subject.Id));
        }

        [Fact]
        public async Task Who_with_a_subject_answers_what_Russia_sanctioned()
        {
            await using var q = fixture.Open();
            var r = await q.WhoAsync("SANCTIONED", subject: "Russia");
            Assert.Equal("org:keir-starmers-government", Assert.Single(r).Object.Id);
            Assert.Empty(await q.WhoAsync("SANCTIONED", obj: "Russia"));
        }
    }

    [Fact]
    public async Task Claims_of_Germany_show_the_disputed_closure_with_claimant_and_denier()
    {
        await using var q = fixture.Open();
        var r = await q.ClaimsAsync("Germany");
        // Russia announced Berlin ordered Channel One's office closed; the German foreign ministry denied it.
        var closed = Assert.Single(r);
        Assert.Equal(("CLOSED", "disputed", "media:channel-one-russia", "country:RU", "country:DE"), (closed.Predicate, closed.Status, closed.Object.Id, closed.AttributedTo?.Id, closed.DeniedBy?.Id));
        Assert.Equal("2024-11-28", closed.When);
    }

    [Fact]
    public async Task Claims_without_a_name_are_all_reported_disputed_or_negated_statements()
    {
        await using var q = fixture.Open();
        var r = await q.ClaimsAsync(limit: 1000);
        var expected = fixture.Statements.Count(s => s.Status is Core.Schema.StatementStatus.Reported or Core.Schema.StatementStatus.Disputed or Core.Schema.StatementStatus.Negated);
        Assert.Equal(expected, r.Count);
        // ar-09: Trudeau said Freeland held "long talks" with al-Jubeir.
        Assert.Contains(r, s => s is { Status: "reported", Subject.Id: "person:chrystia-freeland", Object.Id: "person:adel-al-jubeir", AttributedTo.Id: "person:justin-trudeau" });
    }

    [Fact]
    public async Task Evidence_of_the_sanction_is_the_seed_sentence()
    {
        await using var q = fixture.Open();
        var r = await q.EvidenceAsync("Russia", "SANCTIONED", "Keir Starmer's government");
        var e = Assert.Single(r);
        Assert.Equal(("seed-kazakhstan", "2024-11-28"), (e.ArticleId, e.Date));
        // The extractor cites the whole sentence.
        Assert.StartsWith("يأتي هذا الحادث الديبلوماسي غداة خلاف بين روسيا والمملكة المتحدة", e.Evidence.Text, StringComparison.Ordinal);
        Assert.Contains("وفرضت عقوبات على نحو عشرة وزراء في حكومة كير ستارمر", e.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal(e.Evidence.Text, fixture.Articles.Single(a => a.Id == e.ArticleId).Text[e.Evidence.Start..e.Evidence.End]);
    }

    [Fact]
    public async Task Evidence_of_a_symmetric_predicate_reads_both_directions()
    {
        await using var q = fixture.Open();
        // Stated as "Russia BORDERS Kazakhstan" ("تمتد الحدود بين البلدين"); asked the other way round.
        var e = Assert.Single(await q.EvidenceAsync("Kazakhstan", "BORDERS", "Russia"));
        Assert.Equal(("country:RU", "country:KZ"), (e.Subject.Id, e.Object.Id));
        Assert.Empty(await q.EvidenceAsync("Kazakhstan", "RESTRICTED_TRADE_WITH", "Russia"));
    }

    [Fact]
    public async Task Top_by_degree_is_Russia_then_the_United_States()
    {
        await using var q = fixture.Open();
        var r = await q.TopAsync(TopMeasure.Degree, 3);
        // Qatar and Saudi Arabia tie at 11 (the ar-21 boycott); the id breaks the tie.
        Assert.Equal([("country:RU", 45L), ("country:US", 22L), ("country:QA", 11L)], r.Select(t => (t.Entity.Id, t.Degree)));
    }

    [Fact]
    public async Task Top_by_pagerank_ranks_sum_to_one_and_favour_much_cited_countries()
    {
        await using var q = fixture.Open();
        var all = await q.TopAsync(TopMeasure.PageRank, 10_000);
        Assert.Equal(1.0, all.Sum(t => t.Score), 6);
        Assert.Equal(["country:RU", "country:US"], all.Take(2).Select(t => t.Entity.Id));
        // PageRank is not degree: the UN (degree 3; the Security Council and UNMISS are PART_OF it) ranks above Russia's
        // foreign ministry (degree 10, six of them PART_OF Russia, pointing out).
        Assert.True(all.First(t => t.Entity.Id == "org:UN").Score > all.First(t => t.Entity.Id == "org:RU-MFA").Score);
    }

    [Fact]
    public async Task Relations_of_Saudi_Arabia_and_Qatar_are_the_June_2017_break()
    {
        await using var q = fixture.Open();
        // ar-21: Saudi Arabia cut diplomatic ties with Qatar on 05 June 2017 (two sentences say so).
        var r = await q.RelationsAsync("Saudi Arabia", "Qatar");
        Assert.Equal([new ToneMonth("2017-06", 0, 2, -1)], r.Months);
        Assert.Equal(-1.0, r.OverallTone, 9);
    }

    [Fact]
    public async Task Relations_of_the_United_States_and_Cuba_skip_undated_statements()
    {
        await using var q = fixture.Open();
        // ar-33 (embassies reopened) has neither an article date nor a time qualifier, so no month holds it.
        var r = await q.RelationsAsync("United States", "Cuba");
        Assert.Empty(r.Months);
        Assert.Contains(fixture.Statements, s => s is { ArticleId: "ar-33", Subject.Id: "country:US", Object.Id: "country:CU" });
    }

    [Fact]
    public async Task Co_mentions_of_Russia_put_its_foreign_ministry_first_with_four_shared_articles()
    {
        await using var q = fixture.Open();
        var r = await q.CoMentionsAsync("Russia");
        Assert.Equal(("org:RU-MFA", 4L), (r.Entities[0].Entity.Id, r.Entities[0].Articles));
        Assert.Equal(["ar-02", "ar-13", "ar-30", "seed-kazakhstan"], r.Entities[0].ArticleIds);
        Assert.Equal(("country:US", 3L), (r.Entities[1].Entity.Id, r.Entities[1].Articles));
        Assert.Equal(["ar-02", "en-06", "seed-kazakhstan"], r.Entities[1].ArticleIds);
        Assert.DoesNotContain(r.Entities, c => c.Entity.Id == "country:RU");
    }
}
