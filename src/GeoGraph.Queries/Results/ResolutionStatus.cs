namespace GeoGraph.Queries.Results;

/// <summary>How a name resolved.</summary>
public enum ResolutionStatus
{
    /// <summary>Exactly one entity carries the name.</summary>
    Found,

    /// <summary>Several entities carry the name; the caller must choose (by id or a longer name).</summary>
    Ambiguous,

    /// <summary>No entity carries the name; near matches are suggested.</summary>
    Unknown,
}
