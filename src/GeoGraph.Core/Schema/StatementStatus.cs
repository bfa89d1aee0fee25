namespace GeoGraph.Core.Schema;

/// <summary>The status of a statement (<c>relations.json</c>, <c>statuses</c>); the schema spells them in lower case.</summary>
public enum StatementStatus
{
    /// <summary>Stated by the article as fact.</summary>
    Asserted,

    /// <summary>Stated by the article not to have happened.</summary>
    Negated,

    /// <summary>Attributed to a source and not confirmed by the article.</summary>
    Reported,

    /// <summary>Claimed by one party and denied by another.</summary>
    Disputed,

    /// <summary>Announced, expected or future.</summary>
    Planned,
}
