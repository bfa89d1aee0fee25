namespace GeoGraph.Text;

/// <summary>One clitic analysis of a token: proclitics, stem and enclitic, all normalised.</summary>
/// <param name="Prefix">The proclitics stripped from the front (e.g. <c>وب</c>), empty when none.</param>
/// <param name="Stem">The stem that lexicons are keyed by; a definite stem keeps its article (<c>الروسية</c>).</param>
/// <param name="Suffix">The attached pronoun stripped from the end (e.g. <c>ها</c>), empty when none.</param>
public readonly record struct Reading(string Prefix, string Stem, string Suffix)
{
    /// <summary>Whether the proclitics include the given letter or sequence (e.g. <c>ب</c>, <c>ل</c>, <c>و</c>).</summary>
    /// <param name="clitic">The clitic.</param>
    /// <returns>True when present.</returns>
    public bool HasPrefix(string clitic) => Prefix.Contains(clitic, StringComparison.Ordinal);
}
