using GeoGraph.Queries.Results;

namespace GeoGraph.Queries;

/// <summary>
/// A <see cref="NeighborFilter"/> checked against the schema once, so both stores apply exactly the same filter:
/// the allowed predicates (explicit ∩ family, null = all), statuses (null = all) and date bounds.
/// </summary>
internal sealed record ValidatedNeighborFilter(IReadOnlyList<string>? Predicates, IReadOnlyList<string>? Statuses, string? From, string? To, int MinMentions)
{
    /// <summary>Validates a filter (null = no filter).</summary>
    /// <exception cref="ArgumentException">An unknown predicate, family, status or a malformed date.</exception>
    public static ValidatedNeighborFilter Of(NeighborFilter? filter)
    {
        filter ??= new NeighborFilter();
        return new ValidatedNeighborFilter(
            QueryRules.AllowedPredicates(filter),
            QueryRules.Statuses(filter.Statuses),
            QueryRules.DateBound(filter.From, "from"),
            QueryRules.DateBound(filter.To, "to"),
            filter.MinMentions);
    }
}
