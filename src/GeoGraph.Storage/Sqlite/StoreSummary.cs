namespace GeoGraph.Storage.Sqlite;

/// <summary>What an embedded store holds: counts of articles, entities by type and statements by predicate.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="EntitiesByType">Entity count per schema type name, types in ordinal order.</param>
/// <param name="StatementsByPredicate">Statement count per predicate schema name, most frequent first.</param>
public sealed record StoreSummary(
    long Articles,
    IReadOnlyList<KeyValuePair<string, long>> EntitiesByType,
    IReadOnlyList<KeyValuePair<string, long>> StatementsByPredicate)
{
    /// <summary>All entities.</summary>
    public long Entities => EntitiesByType.Sum(p => p.Value);

    /// <summary>All statements.</summary>
    public long Statements => StatementsByPredicate.Sum(p => p.Value);
}
