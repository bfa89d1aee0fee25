namespace GeoGraph.Extraction.Knowledge;

/// <summary>One office a person holds or held (KB <c>offices</c>).</summary>
/// <param name="Role">The role word, e.g. <c>president</c>.</param>
/// <param name="Of">The id of the country or organisation.</param>
/// <param name="From">ISO start date, or null.</param>
/// <param name="To">ISO end date, or null when current.</param>
internal sealed record KbOffice(string Role, string Of, string? From, string? To);
