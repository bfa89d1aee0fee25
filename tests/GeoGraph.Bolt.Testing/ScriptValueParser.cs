using System.Globalization;
using System.Text;

namespace GeoGraph.Bolt.Testing;

/// <summary>
/// Parses the JSON-ish values of script lines: null, true, false, integers (long), floats (double, need a '.' or
/// exponent), "strings" with JSON escapes, [lists], {maps}; patterns add <c>*</c> (any value), <c>"key"?:</c>
/// (optional key) and a trailing <c>...</c> in maps (extra keys allowed); <c>#hex</c> is a byte array.
/// Values are separated by whitespace.
/// </summary>
internal ref struct ScriptValueParser(string text, int lineNumber)
{
    private readonly string _text = text;
    private int _pos;

    public static List<object?> ParseAll(string text, int lineNumber)
    {
        var parser = new ScriptValueParser(text, lineNumber);
        var values = new List<object?>();
        parser.SkipSpace();
        while (parser._pos < parser._text.Length)
        {
            values.Add(parser.ParseValue());
            parser.SkipSpace();
        }

        return values;
    }

    private object? ParseValue()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Error("expected a value, found the end of the line");
        }

        var c = _text[_pos];
        switch (c)
        {
            case '*':
                _pos++;
                return ScriptWildcard.Any;
            case '"':
                return ParseString();
            case '[':
                return ParseList();
            case '{':
                return ParseMap();
            case '#':
                _pos++;
                var start = _pos;
                while (_pos < _text.Length && Uri.IsHexDigit(_text[_pos]))
                {
                    _pos++;
                }

                return Convert.FromHexString(_text[start.._pos]);
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ParseNumber();
        }

        foreach (var (word, value) in new (string, object?)[] { ("null", null), ("true", true), ("false", false) })
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0)
            {
                _pos += word.Length;
                return value;
            }
        }

        throw Error($"unexpected '{c}'");
    }

    private object ParseNumber()
    {
        var start = _pos;
        _pos++;
        var isFloat = false;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '.' or 'e' or 'E' or '+' or '-'))
        {
            isFloat |= _text[_pos] is '.' or 'e' or 'E';
            _pos++;
        }

        var token = _text[start.._pos];
        // Box each branch separately: a plain ?: would promote the long to double.
        return isFloat
            ? (object)double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture)
            : long.Parse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private string ParseString()
    {
        _pos++; // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = _text[_pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'u':
                    sb.Append((char)int.Parse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                default: sb.Append(e); break;
            }
        }
    }

    private List<object?> ParseList()
    {
        _pos++;
        var list = new List<object?>();
        SkipSpace();
        if (Peek() == ']')
        {
            _pos++;
            return list;
        }

        while (true)
        {
            list.Add(ParseValue());
            SkipSpace();
            var c = Next();
            if (c == ']')
            {
                return list;
            }

            if (c != ',')
            {
                throw Error($"expected ',' or ']' in a list, found '{c}'");
            }
        }
    }

    private object ParseMap()
    {
        _pos++;
        var pattern = new ScriptMapPattern();
        var isPattern = false;
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        while (true)
        {
            SkipSpace();
            if (string.CompareOrdinal(_text, _pos, "...", 0, 3) == 0)
            {
                _pos += 3;
                pattern.AllowExtra = isPattern = true;
            }
            else
            {
                if (Peek() != '"')
                {
                    throw Error("expected a \"key\" in a map");
                }

                var key = ParseString();
                var optional = Peek() == '?';
                if (optional)
                {
                    _pos++;
                    isPattern = true;
                }

                SkipSpace();
                if (Next() != ':')
                {
                    throw Error($"expected ':' after map key \"{key}\"");
                }

                var value = ParseValue();
                isPattern |= value is ScriptWildcard or ScriptMapPattern;
                (optional ? pattern.Optional : pattern.Required)[key] = value;
            }

            SkipSpace();
            var c = Next();
            if (c == '}')
            {
                break;
            }

            if (c != ',')
            {
                throw Error($"expected ',' or '}}' in a map, found '{c}'");
            }
        }

        // Plain maps (no pattern syntax) are ordinary values: servers send them, and clients must match them exactly.
        return isPattern ? pattern : new Dictionary<string, object?>(pattern.Required, StringComparer.Ordinal);
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char Next() => _pos < _text.Length ? _text[_pos++] : '\0';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private readonly FormatException Error(string what) =>
        new($"Script line {lineNumber}, column {_pos + 1}: {what}.");
}
