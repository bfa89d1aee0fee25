namespace GeoGraph.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (any script), possibly with marks inside.</summary>
    Word,

    /// <summary>Digits, possibly with an inner decimal point or thousands separator (3.5, 7,500).</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punct,
}
