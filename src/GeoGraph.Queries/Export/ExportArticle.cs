namespace GeoGraph.Queries.Export;

/// <summary>An article as exported (without its text, which stays in the store).</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The title, if known.</param>
/// <param name="Date">The date, if known.</param>
/// <param name="Lang">The language code.</param>
/// <param name="Url">The URL, if known.</param>
/// <param name="Source">The outlet or dataset, if known.</param>
public sealed record ExportArticle(string Id, string? Title, string? Date, string Lang, string? Url, string? Source);
