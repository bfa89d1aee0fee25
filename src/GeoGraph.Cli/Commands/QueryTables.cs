using System.Globalization;
using GeoGraph.Cli.Output;
using GeoGraph.Core.Schema;
using GeoGraph.Queries.Results;

namespace GeoGraph.Cli.Commands;

/// <summary>The tables <c>geograph query</c> prints for people.</summary>
internal static class QueryTables
{
    public static void Entity(TextWriter w, EntityResolution r)
    {
        switch (r.Status)
        {
            case ResolutionStatus.Unknown:
                w.WriteLine($"no entity named '{r.Query}'.");
                if (r.Suggestions.Count > 0)
                {
                    w.WriteLine("did you mean:");
                    var t = new TextTable("name", "type", "id", "matched", "edits");
                    foreach (var s in r.Suggestions)
                    {
                        t.Add(s.Entity.Name, s.Entity.Type, s.Entity.Id, s.MatchedName, s.Distance);
                    }

                    t.Write(w);
                }

                return;
            case ResolutionStatus.Ambiguous:
                w.WriteLine($"'{r.Query}' is ambiguous: it names {r.Matches.Count} entities. Ask again with an id.");
                var candidates = new TextTable("id", "name", "type", "degree", "labels");
                foreach (var m in r.Matches)
                {
                    candidates.Add(m.Entity.Id, m.Entity.Name, m.Entity.Type, m.Degree, string.Join("  ", m.Labels.Select(l => $"{l.Key}: {l.Value}")));
                }

                candidates.Write(w);
                return;
        }

        var e = r.Matches[0];
        w.WriteLine($"{e.Entity.Name}  [{e.Entity.Type}]  {e.Entity.Id}");
        w.WriteLine($"  labels:  {string.Join("  ", e.Labels.Select(l => $"{l.Key}: {l.Value}"))}");
        w.WriteLine($"  aliases: {string.Join(" · ", e.Aliases)}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  degree:  {e.Degree} statements"));
        if (e.TopRelations.Count > 0)
        {
            w.WriteLine();
            var t = new TextTable("relation", "with", "type", "mentions");
            foreach (var rel in e.TopRelations)
            {
                t.Add(Arrow(rel.Direction, rel.Predicate), rel.Other.Name, rel.Other.Type, rel.Mentions);
            }

            t.Write(w);
        }
    }

    public static void Neighbors(TextWriter w, NeighborsResult r)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Entity}: {r.Relations.Count} relations"));
        if (r.Relations.Count == 0)
        {
            return;
        }

        var t = new TextTable("relation", "neighbour", "type", "family", "mentions", "statuses", "first", "last");
        foreach (var n in r.Relations)
        {
            t.Add(Arrow(n.Direction, n.Predicate), n.Other.Name, n.Other.Type, n.Family, n.Mentions, string.Join(",", n.Statuses), n.FirstSeen, n.LastSeen);
        }

        w.WriteLine();
        t.Write(w);
    }

    public static void Statements(TextWriter w, string title, IReadOnlyList<StatementView> statements)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {statements.Count} statements"));
        if (statements.Count == 0)
        {
            return;
        }

        var t = new TextTable("when", "subject", "predicate", "object", "status", "article", "sent", "evidence");
        foreach (var s in statements)
        {
            t.Add(s.When, s.Subject.Name, s.Predicate, s.Object.Name, s.Status, s.ArticleId, s.Evidence.Sentence, s.Evidence.Text);
        }

        w.WriteLine();
        t.Write(w);
    }

    public static void Path(TextWriter w, PathResult r, int maxHops)
    {
        if (r.Paths.Count == 0)
        {
            w.WriteLine($"no path between {r.From} and {r.To} within {maxHops} hops.");
            return;
        }

        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Paths.Count} shortest paths of {r.Hops} hops between {r.From} and {r.To}:"));
        foreach (var p in r.Paths)
        {
            var parts = new List<string> { p.Nodes[0].Name };
            for (var i = 0; i < p.Steps.Count; i++)
            {
                var step = p.Steps[i];
                var forward = string.Equals(step.Subject.Id, p.Nodes[i].Id, StringComparison.Ordinal);
                // A symmetric relation has no direction worth showing.
                var symmetric = RelationSchema.TryParsePredicate(step.Predicate, out var predicate) && predicate.Info().Symmetric;
                parts.Add(symmetric ? $"-{step.Predicate}-" : forward ? $"-{step.Predicate}->" : $"<-{step.Predicate}-");
                parts.Add(p.Nodes[i + 1].Name);
            }

            w.WriteLine("  " + string.Join(" ", parts));
        }
    }

    public static void Who(TextWriter w, string predicate, IReadOnlyList<RelationAggregate> rows)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{predicate}: {rows.Count} pairs"));
        if (rows.Count == 0)
        {
            return;
        }

        var t = new TextTable("subject", "predicate", "object", "mentions", "statuses", "first", "last");
        foreach (var r in rows)
        {
            t.Add(r.Subject.Name, r.Predicate, r.Object.Name, r.Mentions, string.Join(",", r.Statuses), r.FirstSeen, r.LastSeen);
        }

        w.WriteLine();
        t.Write(w);
    }

    public static void Claims(TextWriter w, IReadOnlyList<StatementView> rows)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} reported, disputed or negated statements"));
        if (rows.Count == 0)
        {
            return;
        }

        var t = new TextTable("when", "subject", "predicate", "object", "status", "claimed by", "denied by", "evidence");
        foreach (var s in rows)
        {
            t.Add(s.When, s.Subject.Name, s.Predicate, s.Object.Name, s.Status, s.AttributedTo?.Name, s.DeniedBy?.Name, s.Evidence.Text);
        }

        w.WriteLine();
        t.Write(w);
    }

    public static void Evidence(TextWriter w, IReadOnlyList<EvidenceRow> rows)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} source sentences"));
        foreach (var e in rows)
        {
            w.WriteLine();
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Subject.Name} {e.Predicate} {e.Object.Name} ({e.Status}) — article {e.ArticleId}{(e.Date is null ? string.Empty : ", " + e.Date)}, sentence {e.Evidence.Sentence}, chars {e.Evidence.Start}-{e.Evidence.End}"));
            if (e.Title is not null || e.Url is not null)
            {
                w.WriteLine($"  {e.Title} {e.Url}".TrimEnd());
            }

            w.WriteLine($"  « {e.Evidence.Text} »");
        }
    }

    public static void Top(TextWriter w, TopMeasure by, IReadOnlyList<TopEntity> rows)
    {
        var t = new TextTable("rank", "entity", "type", "id", "degree", by == TopMeasure.PageRank ? "pagerank" : "score");
        var rank = 1;
        foreach (var e in rows)
        {
            t.Add(rank++, e.Entity.Name, e.Entity.Type, e.Entity.Id, e.Degree, by == TopMeasure.PageRank ? e.Score.ToString("0.00000", CultureInfo.InvariantCulture) : e.Degree);
        }

        t.Write(w);
    }

    public static void Relations(TextWriter w, RelationsResult r)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tone between {r.A} and {r.B}: {r.OverallTone:+0.00;-0.00;0.00} over {r.Months.Count} months (-1 conflict … +1 cooperation)"));
        if (r.Months.Count == 0)
        {
            return;
        }

        var t = new TextTable("month", "cooperative", "conflictual", "tone");
        foreach (var m in r.Months)
        {
            t.Add(m.Month, m.Cooperative, m.Conflictual, m.Tone.ToString("0.00", CultureInfo.InvariantCulture));
        }

        w.WriteLine();
        t.Write(w);
    }

    public static void CoMentions(TextWriter w, CoMentionsResult r)
    {
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Entity}: {r.Entities.Count} co-mentioned entities"));
        if (r.Entities.Count == 0)
        {
            return;
        }

        var t = new TextTable("entity", "type", "articles", "article ids");
        foreach (var c in r.Entities)
        {
            t.Add(c.Entity.Name, c.Entity.Type, c.Articles, string.Join(", ", c.ArticleIds));
        }

        w.WriteLine();
        t.Write(w);
    }

    private static string Arrow(string direction, string predicate) => direction == "out" ? $"-{predicate}->" : $"<-{predicate}-";
}
