namespace GeoGraph.Core.Model;

/// <summary>One news article as read from input.</summary>
/// <param name="Id">The article id: the JSONL <c>id</c> field or the file name without extension.</param>
/// <param name="Text">The full text; evidence offsets index it.</param>
/// <param name="Lang">The language code, <c>ar</c> or <c>en</c>.</param>
public sealed record Article(string Id, string Text, string Lang)
{
    /// <summary>The title, if the input gave one.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date as ISO <c>yyyy-MM-dd</c>, if known; relative times resolve against it.</summary>
    public string? Date { get; init; }

    /// <summary>The URL of the article, if known.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet or dataset the article came from, if known.</summary>
    public string? Source { get; init; }

    /// <summary>Where the article was read from (<c>file</c> or <c>file:line</c>), for messages.</summary>
    public string? Origin { get; init; }
}
