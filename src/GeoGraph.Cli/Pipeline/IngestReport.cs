using GeoGraph.Core.Input;

namespace GeoGraph.Cli.Pipeline;

/// <summary>What one ingest run did.</summary>
internal sealed class IngestReport
{
    /// <summary>Articles read and extracted (whatever the store then did with them).</summary>
    public int ArticlesRead { get; set; }

    /// <summary>Articles the store took as new or with changed text.</summary>
    public int ArticlesWritten { get; set; }

    /// <summary>Articles the store already held with the same text.</summary>
    public int ArticlesUnchanged { get; set; }

    /// <summary>Inputs that did not become stored articles: unreadable, skipped language, extractor or store failure.</summary>
    public int ArticlesFailed { get; set; }

    /// <summary>Statements the extractor produced (after dropping bad evidence).</summary>
    public long StatementsExtracted { get; set; }

    /// <summary>Statements the store inserted.</summary>
    public long StatementsWritten { get; set; }

    /// <summary>Distinct entities in the extracted statements, by schema type.</summary>
    public SortedDictionary<string, HashSet<string>> EntitiesByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Extracted statements by predicate schema name.</summary>
    public SortedDictionary<string, long> StatementsByPredicate { get; } = new(StringComparer.Ordinal);

    /// <summary>Every problem, in input order.</summary>
    public List<InputProblem> Problems { get; } = [];

    /// <summary>How long the run took.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>Whether anything failed: a lost article or a dropped statement.</summary>
    public bool AnyFailure => Problems.Count > 0;
}
