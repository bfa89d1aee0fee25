namespace GeoGraph.Text.English;

/// <summary>Reads the capitalisation of a token from the source text (named-entity recognition needs it).</summary>
public static class EnglishWordShapes
{
    /// <summary>The shape of the token's source characters.</summary>
    /// <param name="text">The text the token indexes.</param>
    /// <param name="token">The token.</param>
    /// <returns>The shape.</returns>
    public static EnglishWordShape Of(string text, Token token)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(token);
        return Of(text.AsSpan(token.Start, token.End - token.Start));
    }

    /// <summary>The shape of a word.</summary>
    /// <param name="word">The characters.</param>
    /// <returns>The shape.</returns>
    public static EnglishWordShape Of(ReadOnlySpan<char> word)
    {
        var upper = 0;
        var lower = 0;
        var firstUpper = false;
        var first = true;
        foreach (var c in word)
        {
            // ASCII letters by range (nearly every character of English news), the rest by Unicode category.
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                lower++;
                first = false;
                continue;
            }

            if (c < 0x80 ? (uint)(c - 'A') > 'Z' - 'A' : !char.IsLetter(c))
            {
                continue;
            }

            if (c < 0x80 || char.IsUpper(c))
            {
                upper++;
                firstUpper |= first;
            }
            else
            {
                lower++;
            }

            first = false;
        }

        return (upper, lower) switch
        {
            (0, 0) => EnglishWordShape.None,
            (0, _) => EnglishWordShape.Lower,
            (1, 0) => EnglishWordShape.Initial,
            (_, 0) => EnglishWordShape.AllCaps,
            _ => firstUpper ? EnglishWordShape.Capitalized : EnglishWordShape.Mixed,
        };
    }

    /// <summary>Whether the token starts with a capital letter (Capitalized, AllCaps or Initial).</summary>
    /// <param name="text">The text.</param>
    /// <param name="token">The token.</param>
    /// <returns>True when capitalised.</returns>
    public static bool IsCapitalized(string text, Token token) =>
        Of(text, token) is EnglishWordShape.Capitalized or EnglishWordShape.AllCaps or EnglishWordShape.Initial;
}
