namespace GeoGraph.Queries.Results;

/// <summary>The answer of the <c>entity</c> query, and what a failed name lookup reports.</summary>
/// <param name="Query">The name as given.</param>
/// <param name="Status">Found, ambiguous or unknown.</param>
/// <param name="Matches">The entity found, or every candidate when ambiguous; empty when unknown.</param>
/// <param name="Suggestions">Near matches when unknown; empty otherwise.</param>
public sealed record EntityResolution(
    string Query,
    ResolutionStatus Status,
    IReadOnlyList<EntityDetails> Matches,
    IReadOnlyList<EntitySuggestion> Suggestions);
