namespace GeoGraph.Extraction.Engine;

/// <summary>How a mention refers to its entity.</summary>
internal enum MentionKind
{
    /// <summary>A name (KB or recognised).</summary>
    Name,

    /// <summary>A nisba adjective; not an argument by itself, it qualifies a neighbour.</summary>
    Demonym,

    /// <summary>A plural demonym (الروس، الأوروبيون).</summary>
    DemonymPlural,

    /// <summary>A capital or seat of government that may stand for its state.</summary>
    Metonym,

    /// <summary>A description or pronoun-like noun resolved to earlier entities (الأخيرة، البلدين).</summary>
    Reference,
}
