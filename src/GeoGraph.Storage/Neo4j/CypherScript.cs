namespace GeoGraph.Storage.Neo4j;

/// <summary>Splits a <c>.cypher</c> file holding several statements into the statements a server accepts one by one.</summary>
public static class CypherScript
{
    /// <summary>
    /// Splits Cypher text at top-level semicolons. Semicolons inside strings (<c>'…'</c>, <c>"…"</c> with backslash
    /// escapes), quoted names (<c>`…`</c>, where <c>``</c> is a literal backtick) and comments (<c>//</c> to end of line,
    /// <c>/* … */</c>) do not split. Pieces holding only whitespace and comments are dropped. The same rules are used by
    /// the Cypher lint script (<c>tests/GeoGraph.Storage.Tests/node/lint-cypher.cjs</c>).
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The statements, trimmed, without their semicolons, in file order.</returns>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var statements = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                var end = text.IndexOf('\n', i + 2);
                i = end < 0 ? text.Length : end + 1;
            }
            else if (c == '/' && next == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else if (c is '\'' or '"')
            {
                i++;
                while (i < text.Length && text[i] != c)
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i++;
            }
            else if (c == '`')
            {
                i++;
                while (i < text.Length && !(text[i] == '`' && (i + 1 >= text.Length || text[i + 1] != '`')))
                {
                    i += text[i] == '`' ? 2 : 1;
                }

                i++;
            }
            else if (c == ';')
            {
                Add(statements, text[start..i]);
                i++;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (start < text.Length)
        {
            Add(statements, text[start..]);
        }

        return statements;
    }

    private static void Add(List<string> statements, string piece)
    {
        if (HasCode(piece))
        {
            statements.Add(piece.Trim());
        }
    }

    // Whether the piece holds anything but whitespace and comments. Strings cannot occur in a piece without code, so a
    // plain scan for comment starts is enough.
    private static bool HasCode(string piece)
    {
        var i = 0;
        while (i < piece.Length)
        {
            if (char.IsWhiteSpace(piece[i]))
            {
                i++;
            }
            else if (piece.AsSpan(i).StartsWith("//", StringComparison.Ordinal))
            {
                var end = piece.IndexOf('\n', i);
                i = end < 0 ? piece.Length : end + 1;
            }
            else if (piece.AsSpan(i).StartsWith("/*", StringComparison.Ordinal))
            {
                var end = piece.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? piece.Length : end + 2;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
