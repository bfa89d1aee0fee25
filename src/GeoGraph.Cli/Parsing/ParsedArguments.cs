using System.Globalization;

namespace GeoGraph.Cli.Parsing;

/// <summary>A verb's command line split into positional arguments and options, checked against the verb's option specs.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    private ParsedArguments(string verb)
    {
        Verb = verb;
    }

    /// <summary>The verb, for messages.</summary>
    public string Verb { get; }

    /// <summary>The positional arguments in order.</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>Whether <c>--help</c> or <c>-h</c> was given.</summary>
    public bool Help { get; private set; }

    /// <summary>Splits arguments; <c>--</c> ends options, <c>--name=value</c> and <c>--name value</c> both work.</summary>
    /// <param name="verb">The verb, for messages.</param>
    /// <param name="args">The arguments after the verb.</param>
    /// <param name="specs">The options the verb accepts.</param>
    /// <returns>The parsed arguments.</returns>
    /// <exception cref="CommandParseException">An unknown option, a missing value or a repeated option.</exception>
    public static ParsedArguments Parse(string verb, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var parsed = new ParsedArguments(verb);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || !arg.StartsWith('-') || arg == "-")
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            if (arg is "--help" or "-h" or "-?")
            {
                parsed.Help = true;
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[..eq] : arg;
            var spec = specs.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
                ?? throw new CommandParseException(
                    $"expected an option of '{verb}', found '{name}'",
                    Suggest(name, specs) is { } near ? $"did you mean '{near}'? See 'geograph {verb} --help'." : $"see 'geograph {verb} --help'.");
            string value;
            if (spec.IsFlag)
            {
                if (eq > 0)
                {
                    throw new CommandParseException($"expected no value after flag '{name}', found '{arg[(eq + 1)..]}'", $"write '{name}' alone.");
                }

                value = "true";
            }
            else if (eq > 0)
            {
                value = arg[(eq + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new CommandParseException($"expected {spec.Value} after '{name}', found the end of the command line", $"write '{name} {spec.Value}'.");
            }

            if (!parsed._options.TryGetValue(name, out var values))
            {
                parsed._options[name] = values = [];
            }
            else if (!spec.Repeatable)
            {
                throw new CommandParseException($"expected '{name}' once, found it again with '{value}'", "give each option only once.");
            }

            values.Add(value);
        }

        return parsed;
    }

    /// <summary>Whether a flag was given.</summary>
    /// <param name="name">The option name.</param>
    /// <returns>True when present.</returns>
    public bool Flag(string name) => _options.ContainsKey(name);

    /// <summary>The value of an option, or the default.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="fallback">The default.</param>
    /// <returns>The value.</returns>
    public string? Value(string name, string? fallback = null) => _options.TryGetValue(name, out var v) ? v[^1] : fallback;

    /// <summary>All values of a repeatable option.</summary>
    /// <param name="name">The option name.</param>
    /// <returns>The values in order.</returns>
    public IReadOnlyList<string> Values(string name) => _options.TryGetValue(name, out var v) ? v : [];

    /// <summary>The value of an option as a positive integer.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="fallback">The default.</param>
    /// <param name="max">The largest value accepted.</param>
    /// <returns>The value.</returns>
    /// <exception cref="CommandParseException">The value is not a whole number in range.</exception>
    public int PositiveInt(string name, int fallback, int max = 1_000_000)
    {
        var raw = Value(name);
        if (raw is null)
        {
            return fallback;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
            ? n
            : throw new CommandParseException($"expected a whole number from 1 to {max} after '{name}', found '{raw}'", $"for example '{name} {fallback}'.");
    }

    /// <summary>The value of an option that must be one of a few words.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="fallback">The default.</param>
    /// <param name="allowed">The accepted words.</param>
    /// <returns>The value.</returns>
    /// <exception cref="CommandParseException">The value is not one of them.</exception>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        var raw = Value(name, fallback)!;
        return allowed.Contains(raw, StringComparer.Ordinal)
            ? raw
            : throw new CommandParseException($"expected {string.Join(" or ", allowed)} after '{name}', found '{raw}'", $"for example '{name} {fallback}'.");
    }

    private static string? Suggest(string name, IReadOnlyList<OptionSpec> specs) =>
        specs.Select(s => (s.Name, Distance: Levenshtein(name, s.Name))).Where(p => p.Distance <= 2).OrderBy(p => p.Distance).Select(p => p.Name).FirstOrDefault();

    private static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
