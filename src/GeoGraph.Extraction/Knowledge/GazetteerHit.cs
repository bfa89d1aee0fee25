namespace GeoGraph.Extraction.Knowledge;

/// <summary>One thing a normalised token sequence can name.</summary>
/// <param name="Entry">The KB entry.</param>
/// <param name="Kind">How the name refers to it.</param>
internal sealed record GazetteerHit(KbEntry Entry, NameKind Kind);
