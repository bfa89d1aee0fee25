namespace GeoGraph.Extraction.Engine.English;

/// <summary>An English title or role: what it says about the person it names (Rules/en/ner.json "titles").</summary>
/// <param name="Words">The word sequence (tokenised keys).</param>
/// <param name="Role">The role qualifier.</param>
/// <param name="Predicate">LEADS, WORKS_FOR or NONE.</param>
/// <param name="Of">Country, ministry, Organization, MediaOutlet, party, any, counterpart or none.</param>
/// <param name="Ministry">The ministry a minister title heads, or null.</param>
/// <param name="NeedsOf">Whether the title says nothing without its "of" (spokesman for …).</param>
internal sealed record EnglishTitle(string[] Words, string Role, string Predicate, string Of, MinistryEntry? Ministry, bool NeedsOf)
{
    /// <summary>The words joined by spaces, as knowledge-base office roles spell a title (made once, not per match).</summary>
    public string Text { get; } = string.Join(' ', Words);

    /// <summary>The rule id of the facts this title yields (made once, not per match).</summary>
    public string RuleId { get; } = $"en.title.{Romanizer.Slug(Role.Length > 0 ? Role : "name")}";
}
