namespace GeoGraph.Core.Input;

/// <summary>One input that could not be read as an article: the file (and line) and what was wrong.</summary>
/// <param name="File">The file or folder path as given.</param>
/// <param name="Line">The one-based JSONL line, or null for a whole file.</param>
/// <param name="Message">What was wrong, in words for the user.</param>
public sealed record InputProblem(string File, int? Line, string Message)
{
    /// <summary>Where the problem is: <c>file</c> or <c>file:line</c>.</summary>
    public string Location => Line is { } l ? $"{File}:{l}" : File;

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
