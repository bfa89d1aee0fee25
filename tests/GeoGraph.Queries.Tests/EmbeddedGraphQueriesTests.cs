using GeoGraph.Queries.Results;
using GeoGraph.Queries.Tests.Support;

namespace GeoGraph.Queries.Tests;

/// <summary>
/// Every query over the fixture graph (the dev articles' statements) on the embedded store. Expected answers were
/// checked by hand against the gold triples of the dev articles (shared/eval/dev/gold.jsonl).
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
            Assert.Contains("Russian Federation", ru.Aliases);
            // 49 statements name Russia as subject or object across six articles.
            Assert.Equal(49, ru.Degree);
            Assert.Equal(new RelationSummary("in", "PART_OF", new EntityRef("org:russian-foreign-ministry", "Russian Foreign Ministry", "Organization"), 4), ru.TopRelations[0]);
            Assert.Equal(QueryLimits.TopRelations, ru.TopRelations.Count);
        }

        [Theory]
        [InlineData("روسيا", "country:RU")]
        [InlineData("وروسيا", "country:RU")]            // conjunction و attached
        [InlineData("بالسعودية", "country:SA")]         // preposition + article: stored as السعودية
        [InlineData("لكازاخستان", "country:KZ")]        // preposition ل
        [InlineData("قاسم جومارت توكاييف", "person:kassym-jomart-tokayev")]
        [InlineData("Tokayev", "person:kassym-jomart-tokayev")]
        [InlineData("the United Kingdom", "country:GB")]
        [InlineData("CSTO", "org:collective-security-treaty-organization")]
        [InlineData("country:KZ", "country:KZ")]
        public async Task Any_language_alias_clitic_form_or_id_resolves(string name, string id)
        {
            await using var q = fixture.Open();
            var r = await q.EntityAsync(name);
            Assert.Equal(ResolutionStatus.Found, r.Status);
            Assert.Equal(id, Assert.Single(r.Matches).Entity.Id);
        }

        [Fact]
        public async Task A_name_of_two_entities_is_ambiguous_and_lists_both()
        {
            await using var q = fixture.Open();
            // Two articles spell Lavrov differently, so the fixture holds two ids that share the alias.
            var r = await q.EntityAsync("Lavrov");
            Assert.Equal(ResolutionStatus.Ambiguous, r.Status);
            Assert.Equal(["person:sergei-lavrov", "person:sergey-lavrov"], r.Matches.Select(m => m.Entity.Id));
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
            var r = await q.EntityAsync("Tokayef");
            Assert.Equal(ResolutionStatus.Unknown, r.Status);
            Assert.Empty(r.Matches);
            var s = Assert.Single(r.Suggestions);
            Assert.Equal(("person:kassym-jomart-tokayev", 1), (s.Entity.Id, s.Distance));
        }

        [Fact]
        public async Task Other_queries_throw_a_typed_error_for_ambiguous_and_unknown_names()
        {
            await using var q = fixture.Open();
            var ambiguous = await Assert.ThrowsAsync<EntityResolutionException>(() => q.NeighborsAsync("Washington"));
            Assert.Equal(ResolutionStatus.Ambiguous, ambiguous.Status);
            Assert.Equal(["country:US", "location:washington-d-c"], ambiguous.Candidates.Select(c => c.Id));
            Assert.Contains("location:washington-d-c", ambiguous.Message, StringComparison.Ordinal);

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
            Assert.Equal(("in", "PART_OF", "org:russian-foreign-ministry", 4L), (r.Relations[0].Direction, r.Relations[0].Predicate, r.Relations[0].Other.Id, r.Relations[0].Mentions));
            Assert.Contains(r.Relations, n => n is { Direction: "out", Predicate: "SANCTIONED", Other.Id: "group:british-ministers" });
            Assert.Contains(r.Relations, n => n is { Direction: "in", Predicate: "LEADS", Other.Id: "person:vladimir-putin" });
            // Russia attacked Ukraine and Ukraine attacked Russia (seed): two relations, one per direction.
            Assert.Equal(2, r.Relations.Count(n => n is { Predicate: "ATTACKED", Other.Id: "country:UA" }));
        }

        [Fact]
        public async Task Family_filter_keeps_only_conflictual_predicates()
        {
            await using var q = fixture.Open();
            var r = await q.NeighborsAsync("Russia", new NeighborFilter { Family = "conflictual" });
            Assert.Equal(19, r.Relations.Count);
            Assert.All(r.Relations, n => Assert.Equal("conflictual", n.Family));
            Assert.DoesNotContain(r.Relations, n => n.Predicate == "PART_OF");
        }

        [Fact]
        public async Task Status_filter_keeps_only_disputed_statements()
        {
            await using var q = fixture.Open();
            var r = await q.NeighborsAsync("Russia", new NeighborFilter { Statuses = ["disputed"] });
            var n = Assert.Single(r.Relations);
            Assert.Equal(("out", "ATTACKED", "group:malaysia-airlines-flight-17"), (n.Direction, n.Predicate, n.Other.Id));
            Assert.Equal("2014-07-17", n.FirstSeen);
        }

        [Fact]
        public async Task Time_range_uses_qualifier_time_else_article_date()
        {
            await using var q = fixture.Open();
            // Putin's visit has qualifier time 2024-11-27; everything else in the seed has only the article date 2024-11-28.
            var r = await q.NeighborsAsync("Kazakhstan", new NeighborFilter { To = "2024-11-27" });
            var n = Assert.Single(r.Relations);
            Assert.Equal(("in", "VISITED", "person:vladimir-putin"), (n.Direction, n.Predicate, n.Other.Id));

            var later = await q.NeighborsAsync("Kazakhstan", new NeighborFilter { From = "2024-11-28" });
            Assert.Equal(9, later.Relations.Count);
            Assert.DoesNotContain(later.Relations, x => x.Predicate == "VISITED");

            // A month prefix overlaps both days.
            var month = await q.NeighborsAsync("Kazakhstan", new NeighborFilter { From = "2024-11", To = "2024-11" });
            Assert.Equal(10, month.Relations.Count);
        }

        [Fact]
        public async Task Min_mentions_keeps_repeated_relations()
        {
            await using var q = fixture.Open();
            var r = await q.NeighborsAsync("Russia", new NeighborFilter { MinMentions = 2 });
            Assert.Equal(["org:russian-foreign-ministry", "org:united-nations-security-council"], r.Relations.Select(n => n.Other.Id));
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
        var r = await q.BetweenAsync("Ukraine", "Russia");
        // Ukraine's borders with Russia (ar-13, 2018) come first; the two attacks of the seed (2024) follow.
        Assert.Equal("country:RU BORDERS country:UA", $"{r.Statements[0].Subject.Id} {r.Statements[0].Predicate} {r.Statements[0].Object.Id}");
        Assert.Equal(
            ["country:RU ATTACKED country:UA", "country:UA ATTACKED country:RU"],
            r.Statements.Skip(1).Select(s => $"{s.Subject.Id} {s.Predicate} {s.Object.Id}").Order(StringComparer.Ordinal));
        Assert.Equal(["2018-05-25", "2024-11-28", "2024-11-28"], r.Statements.Select(s => s.When));
    }

    public sealed class Path(FixtureGraph fixture) : IClassFixture<FixtureGraph>
    {
        [Fact]
        public async Task Tokayev_reaches_Germany_in_three_hops_through_Russia()
        {
            await using var q = fixture.Open();
            var r = await q.PathAsync("Tokayev", "Germany");
            Assert.Equal(3, r.Hops);
            Assert.Equal(
                [
                    "person:kassym-jomart-tokayev -LEADS- country:KZ -ALLY_OF- country:RU -THREATENED- country:DE",
                    "person:kassym-jomart-tokayev -LEADS- country:KZ -BORDERS- country:RU -THREATENED- country:DE",
                    "person:kassym-jomart-tokayev -LEADS- country:KZ -RESTRICTED_TRADE_WITH- country:RU -THREATENED- country:DE",
                    "person:kassym-jomart-tokayev -MET_WITH- person:vladimir-putin -LEADS- country:RU -THREATENED- country:DE",
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
            var r = await q.PathAsync("Tokayev", "Germany", maxHops: 2);
            Assert.Null(r.Hops);
            Assert.Empty(r.Paths);
        }

        [Fact]
        public async Task Excluding_a_predicate_takes_the_next_shortest_route()
        {
            await using var q = fixture.Open();
            var r = await q.PathAsync("Tokayev", "Germany", excludePredicates: ["THREATENED"]);
            Assert.Equal(4, r.Hops);
            Assert.All(r.Paths, p => Assert.DoesNotContain(p.Steps, s => s.Predicate == "THREATENED"));
            Assert.Contains("person:kassym-jomart-tokayev -LEADS- country:KZ -ALLY_OF- country:RU -ATTACKED- country:UA -ALLY_OF- country:DE", r.Paths.Select(p => p.Key));
        }

        [Fact]
        public async Task Limit_cuts_the_sorted_paths()
        {
            await using var q = fixture.Open();
            var r = await q.PathAsync("Tokayev", "Germany", limit: 2);
            Assert.Equal(2, r.Paths.Count);
            Assert.EndsWith("-BORDERS- country:RU -THREATENED- country:DE", r.Paths[1].Key, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Timeline_of_Kazakhstan_puts_the_qualifier_dated_visit_first()
    {
        await using var q = fixture.Open();
        var r = await q.TimelineAsync("كازاخستان");
        Assert.Equal(10, r.Statements.Count);
        var first = r.Statements[0];
        Assert.Equal(("person:vladimir-putin", "VISITED", "2024-11-27", "2024-11-27"), (first.Subject.Id, first.Predicate, first.Time, first.When));
        Assert.All(r.Statements.Skip(1), s => Assert.Equal("2024-11-28", s.When));
        Assert.Equal(r.Statements.Skip(1).Select(s => s.Evidence.Sentence).Order(), r.Statements.Skip(1).Select(s => s.Evidence.Sentence));
    }

    public sealed class Who(FixtureGraph fixture) : IClassFixture<FixtureGraph>
    {
        [Fact]
        public async Task Who_sanctioned_lists_Russia_sanctioning_the_British_ministers_among_all_sanctions()
        {
            await using var q = fixture.Open();
            var r = await q.WhoAsync("SANCTIONED");
            Assert.Equal(
                [
                    "country:RU>group:british-ministers", "country:US>country:CU", "country:US>country:IR", "org:european-union>country:CN",
                    "org:european-union>country:IR", "org:united-nations>country:IR", "org:united-nations-security-council>country:IR",
                ],
                r.Select(w => $"{w.Subject.Id}>{w.Object.Id}"));
            Assert.Equal(["asserted"], r[0].Statuses);
            Assert.Equal("1989", r.Single(w => w.Object.Id == "country:CN").FirstSeen);
        }

        [Fact]
        public async Task Who_with_an_object_answers_who_sanctioned_Iran()
        {
            await using var q = fixture.Open();
            var r = await q.WhoAsync("sanctioned", obj: "إيران");
            Assert.Equal(["country:US", "org:european-union", "org:united-nations", "org:united-nations-security-council"], r.Select(w => w.Subject.Id));
        }

        [Fact]
        public async Task Who_with_a_subject_answers_what_Russia_sanctioned()
        {
            await using var q = fixture.Open();
            var r = await q.WhoAsync("SANCTIONED", subject: "Russia");
            Assert.Equal("group:british-ministers", Assert.Single(r).Object.Id);
            Assert.Empty(await q.WhoAsync("SANCTIONED", obj: "Russia"));
        }
    }

    [Fact]
    public async Task Claims_of_Germany_show_the_disputed_closure_with_claimant_and_denier()
    {
        await using var q = fixture.Open();
        var r = await q.ClaimsAsync("Germany");
        Assert.Equal(4, r.Count);
        var closed = r.Single(s => s.Predicate == "CLOSED");
        Assert.Equal(("disputed", "media:channel-one-russia", "country:RU", "country:DE"), (closed.Status, closed.Object.Id, closed.AttributedTo?.Id, closed.DeniedBy?.Id));
        Assert.Contains(r, s => s is { Predicate: "URGED", Status: "reported", AttributedTo.Id: "person:michael-ancram" });
        // Undated (en-01 has no date) comes last.
        Assert.Null(r[^1].When);
    }

    [Fact]
    public async Task Claims_without_a_name_are_all_reported_disputed_or_negated_statements()
    {
        await using var q = fixture.Open();
        var r = await q.ClaimsAsync(limit: 1000);
        var expected = fixture.Statements.Count(s => s.Status is Core.Schema.StatementStatus.Reported or Core.Schema.StatementStatus.Disputed or Core.Schema.StatementStatus.Negated);
        Assert.Equal(expected, r.Count);
        Assert.Contains(r, s => s is { Status: "negated", Subject.Id: "person:michael-flynn", Object.Id: "person:ramlan-ibrahim" });
    }

    [Fact]
    public async Task Evidence_of_the_sanction_is_the_seed_sentence()
    {
        await using var q = fixture.Open();
        var r = await q.EvidenceAsync("Russia", "SANCTIONED", "British ministers");
        var e = Assert.Single(r);
        Assert.Equal(("seed-kazakhstan", "2024-11-28"), (e.ArticleId, e.Date));
        Assert.Equal("وفرضت عقوبات على نحو عشرة وزراء في حكومة كير ستارمر", e.Evidence.Text);
        Assert.Equal(e.Evidence.Text, fixture.Articles.Single(a => a.Id == e.ArticleId).Text[e.Evidence.Start..e.Evidence.End]);
    }

    [Fact]
    public async Task Evidence_of_a_symmetric_predicate_reads_both_directions()
    {
        await using var q = fixture.Open();
        // Stated as "Kazakhstan BORDERS Russia"; asked the other way round.
        var e = Assert.Single(await q.EvidenceAsync("Russia", "BORDERS", "Kazakhstan"));
        Assert.Equal(("country:KZ", "country:RU"), (e.Subject.Id, e.Object.Id));
        Assert.Empty(await q.EvidenceAsync("Kazakhstan", "RESTRICTED_TRADE_WITH", "Russia"));
    }

    [Fact]
    public async Task Top_by_degree_is_the_United_States_then_Russia()
    {
        await using var q = fixture.Open();
        var r = await q.TopAsync(TopMeasure.Degree, 3);
        Assert.Equal([("country:US", 58L), ("country:RU", 49L), ("country:SA", 26L)], r.Select(t => (t.Entity.Id, t.Degree)));
    }

    [Fact]
    public async Task Top_by_pagerank_ranks_sum_to_one_and_favour_much_cited_countries()
    {
        await using var q = fixture.Open();
        var all = await q.TopAsync(TopMeasure.PageRank, 10_000);
        Assert.Equal(1.0, all.Sum(t => t.Score), 6);
        Assert.Equal("country:US", all[0].Entity.Id);
        // Syria has degree 5 but is the object of many attacks and accusations: PageRank lifts it above Russia's foreign ministry.
        Assert.True(all.First(t => t.Entity.Id == "country:SY").Score > all.First(t => t.Entity.Id == "org:russian-foreign-ministry").Score);
    }

    [Fact]
    public async Task Relations_of_the_United_States_and_Cuba_use_qualifier_years_and_skip_undated_statements()
    {
        await using var q = fixture.Open();
        var r = await q.RelationsAsync("United States", "Cuba");
        Assert.Equal(
            [new ToneMonth("1961", 0, 1, -1), new ToneMonth("1962", 0, 1, -1), new ToneMonth("2015-07", 1, 0, 1)],
            r.Months);
        Assert.Equal(-1.0 / 3, r.OverallTone, 9);
    }

    [Fact]
    public async Task Relations_of_the_United_States_and_Iran_balance_out_in_July_2015()
    {
        await using var q = fixture.Open();
        var r = await q.RelationsAsync("Iran", "United States");
        Assert.Equal([new ToneMonth("2015-07", 2, 2, 0)], r.Months);
    }

    [Fact]
    public async Task Co_mentions_of_Russia_put_the_United_States_first_with_its_five_shared_articles()
    {
        await using var q = fixture.Open();
        var r = await q.CoMentionsAsync("Russia");
        Assert.Equal(("country:US", 5L), (r.Entities[0].Entity.Id, r.Entities[0].Articles));
        Assert.Equal(["ar-02", "ar-27", "ar-30", "en-06", "seed-kazakhstan"], r.Entities[0].ArticleIds);
        Assert.Equal(["org:russian-foreign-ministry", "org:united-nations"], r.Entities.Skip(1).Take(2).Select(c => c.Entity.Id));
        Assert.DoesNotContain(r.Entities, c => c.Entity.Id == "country:RU");
    }
}
