namespace GeoGraph.Text;

/// <summary>
/// A token with its original span (offsets into the article text, never moved by normalisation), its normalised
/// text and its clitic readings (the first reading is always the whole token).
/// </summary>
public sealed class Token
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">Start offset in the source text.</param>
    /// <param name="end">End offset (exclusive).</param>
    /// <param name="norm">The normalised text.</param>
    /// <param name="kind">The token kind.</param>
    /// <param name="readings">Clitic readings, whole token first.</param>
    public Token(int start, int end, string norm, TokenKind kind, IReadOnlyList<Reading> readings)
    {
        Start = start;
        End = end;
        Norm = norm;
        Kind = kind;
        Readings = ReadingList.From(readings);
    }

    /// <summary>Start offset in the source text.</summary>
    public int Start { get; }

    /// <summary>End offset (exclusive).</summary>
    public int End { get; }

    /// <summary>The normalised text.</summary>
    public string Norm { get; }

    /// <summary>The token kind.</summary>
    public TokenKind Kind { get; }

    /// <summary>Clitic readings; the first is always the whole token without affixes.</summary>
    public ReadingList Readings { get; }

    /// <summary>Whether the token is the given punctuation character.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True when it is.</returns>
    public bool Is(char c) => Kind == TokenKind.Punct && Norm.Length == 1 && Norm[0] == c;

    /// <inheritdoc />
    public override string ToString() => Norm;
}
