namespace GeoGraph.Queries.Results;

/// <summary>Filters of the <c>neighbors</c> query; every filter left null lets everything through.</summary>
public sealed record NeighborFilter
{
    /// <summary>Only these schema predicates (<c>MEMBER_OF</c>).</summary>
    public IReadOnlyList<string>? Predicates { get; init; }

    /// <summary>Only predicates of this family: <c>structure</c>, <c>cooperative</c> or <c>conflictual</c>.</summary>
    public string? Family { get; init; }

    /// <summary>Only statements with these statuses (<c>asserted</c>, <c>reported</c>, …).</summary>
    public IReadOnlyList<string>? Statuses { get; init; }

    /// <summary>
    /// Only statements whose time (qualifier time, else article date) overlaps or follows this date prefix
    /// (<c>2024</c>, <c>2024-11</c>, <c>2024-11-27</c>).
    /// </summary>
    public string? From { get; init; }

    /// <summary>Only statements whose time overlaps or precedes this date prefix.</summary>
    public string? To { get; init; }

    /// <summary>Only relations stated at least this many times after the other filters.</summary>
    public int MinMentions { get; init; } = 1;
}
