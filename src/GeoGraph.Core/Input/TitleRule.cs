namespace GeoGraph.Core.Input;

/// <summary>
/// Decides whether the first line of a text file is its title: short (under 200 characters), not ending like a sentence
/// and followed by more text. The article text stays the whole file either way, so evidence offsets index the file.
/// </summary>
internal static class TitleRule
{
    /// <summary>Titles longer than this are taken for a first paragraph.</summary>
    public const int MaxLength = 200;

    /// <summary>Finds the title of a text, if its first line is one.</summary>
    /// <param name="text">The whole file text.</param>
    /// <returns>The trimmed title, or null.</returns>
    public static string? Find(string text)
    {
        var nl = text.IndexOf('\n', StringComparison.Ordinal);
        if (nl < 0 || string.IsNullOrWhiteSpace(text[(nl + 1)..]))
        {
            return null;
        }

        var line = text[..nl].Trim();
        if (line.Length is 0 or >= MaxLength)
        {
            return null;
        }

        // Closing quotes and brackets after the stop still end a sentence: «...». and "...!" alike.
        var end = line.TrimEnd('"', '\'', '»', '”', '’', ')', ']');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '؟' or '…' or '۔' or ':' or '؛' or ';' ? null : line;
    }
}
