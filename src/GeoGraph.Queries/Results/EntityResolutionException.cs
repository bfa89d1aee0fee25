namespace GeoGraph.Queries.Results;

/// <summary>
/// Thrown by queries that need one entity when a name is ambiguous or unknown; <see cref="Candidates"/> and
/// <see cref="Suggestions"/> say what the caller could have meant.
/// </summary>
public sealed class EntityResolutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="query">The name as given.</param>
    /// <param name="status">Ambiguous or unknown.</param>
    /// <param name="candidates">The candidates of an ambiguous name.</param>
    /// <param name="suggestions">Near matches of an unknown name.</param>
    public EntityResolutionException(string query, ResolutionStatus status, IReadOnlyList<EntityRef> candidates, IReadOnlyList<EntitySuggestion> suggestions)
        : base(Describe(query, status, candidates, suggestions))
    {
        Query = query;
        Status = status;
        Candidates = candidates;
        Suggestions = suggestions;
    }

    /// <summary>Creates the exception with a message only (for serializers and tools).</summary>
    public EntityResolutionException()
        : this(string.Empty, ResolutionStatus.Unknown, [], [])
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public EntityResolutionException(string message)
        : base(message)
    {
        Query = string.Empty;
        Candidates = [];
        Suggestions = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EntityResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Query = string.Empty;
        Candidates = [];
        Suggestions = [];
    }

    /// <summary>The name as given.</summary>
    public string Query { get; }

    /// <summary><see cref="ResolutionStatus.Ambiguous"/> or <see cref="ResolutionStatus.Unknown"/>.</summary>
    public ResolutionStatus Status { get; }

    /// <summary>The entities an ambiguous name could mean.</summary>
    public IReadOnlyList<EntityRef> Candidates { get; }

    /// <summary>Near matches of an unknown name.</summary>
    public IReadOnlyList<EntitySuggestion> Suggestions { get; }

    private static string Describe(string query, ResolutionStatus status, IReadOnlyList<EntityRef> candidates, IReadOnlyList<EntitySuggestion> suggestions) =>
        status switch
        {
            ResolutionStatus.Ambiguous =>
                $"'{query}' is ambiguous; it names {candidates.Count} entities: {string.Join("; ", candidates.Select(c => $"{c.Name} [{c.Type}] id {c.Id}"))}. Give the id or a fuller name.",
            _ when suggestions.Count > 0 =>
                $"no entity named '{query}'; did you mean: {string.Join("; ", suggestions.Select(s => $"{s.Entity.Name} ({s.MatchedName}, id {s.Entity.Id})"))}?",
            _ => $"no entity named '{query}' and nothing close to it.",
        };
}
