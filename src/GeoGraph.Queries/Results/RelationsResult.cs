namespace GeoGraph.Queries.Results;

/// <summary>The answer of the <c>relations</c> query: the balance of cooperation and conflict between two entities over time.</summary>
/// <param name="A">The first entity.</param>
/// <param name="B">The second entity.</param>
/// <param name="Months">One row per month with dated cooperative or conflictual statements, in order.</param>
public sealed record RelationsResult(EntityRef A, EntityRef B, IReadOnlyList<ToneMonth> Months)
{
    /// <summary>The tone over all months together; 0 when there is nothing to weigh.</summary>
    public double OverallTone
    {
        get
        {
            var coop = Months.Sum(m => m.Cooperative);
            var conf = Months.Sum(m => m.Conflictual);
            return coop + conf == 0 ? 0 : (double)(coop - conf) / (coop + conf);
        }
    }
}
