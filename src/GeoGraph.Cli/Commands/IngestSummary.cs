using System.Globalization;
using GeoGraph.Cli.Output;
using GeoGraph.Cli.Pipeline;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Cli.Commands;

/// <summary>The table printed after an ingest: articles, entities by type, statements by predicate, failures.</summary>
internal static class IngestSummary
{
    /// <summary>Writes the summary.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="report">The run's report.</param>
    /// <param name="store">What the store holds afterwards, or null for a sink that cannot tell.</param>
    /// <param name="sinkDescription">Where the statements went.</param>
    public static void Write(TextWriter writer, IngestReport report, StoreSummary? store, string sinkDescription)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ingested into {sinkDescription} in {report.Elapsed.TotalSeconds:F1}s"));
        writer.WriteLine();
        new TextTable("articles", "count")
            .Add("new or changed", report.ArticlesWritten)
            .Add("unchanged", report.ArticlesUnchanged)
            .Add("failed", report.ArticlesFailed)
            .Write(writer);
        writer.WriteLine();

        var entities = new TextTable("entity type", "in this run");
        foreach (var (type, ids) in report.EntitiesByType)
        {
            entities.Add(type, ids.Count);
        }

        entities.Add("total", report.EntitiesByType.Values.Sum(s => s.Count));
        entities.Write(writer);
        writer.WriteLine();

        var predicates = new TextTable("predicate", "in this run");
        foreach (var (predicate, n) in report.StatementsByPredicate.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            predicates.Add(predicate, n);
        }

        predicates.Add("total extracted", report.StatementsExtracted);
        predicates.Add("newly stored", report.StatementsWritten);
        predicates.Write(writer);
        writer.WriteLine();

        if (store is not null)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The store now holds {store.Articles} articles, {store.Entities} entities, {store.Statements} statements."));
        }

        if (report.Problems.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Failures ({report.Problems.Count}):"));
            foreach (var problem in report.Problems)
            {
                writer.WriteLine($"  {problem}");
            }
        }
    }
}
