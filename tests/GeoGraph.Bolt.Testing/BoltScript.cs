using System.Globalization;

namespace GeoGraph.Bolt.Testing;

/// <summary>
/// A conversation script for <see cref="ScriptedBoltServer"/>. Syntax, a line each:
/// <code>
/// # comment
/// !: BOLT 5.4                  version the server agrees to (the client must offer it)
/// !: ALLOW RESET               answer RESET with SUCCESS {} wherever it comes (clients that reset on release)
/// !: CONNECTIONS 2             play the script on this many connections, one after another
/// !: HANDSHAKE 48545450        answer the handshake with these raw bytes instead of the version
/// C: RUN "RETURN 1" {} {...}   the client must send this (JSON-ish values; * = anything; "k"?: optional key;
///                              ... at the end of a map = extra keys allowed)
/// S: SUCCESS {"fields": ["n"]} the server sends this (SUCCESS, RECORD, FAILURE, IGNORED)
/// S: &lt;RAW&gt; 00 03 B1 70 A0    raw bytes; S: &lt;SLEEP&gt; 500; S: &lt;NOOP&gt; (keep-alive); S: &lt;EXIT&gt; (close)
/// ?{ ... }  *{ ... }           optional / repeated block, entered when the client's next message matches its first C: line
/// </code>
/// A GOODBYE or a closed socket where the script has nothing left but optional blocks ends the conversation.
/// </summary>
public sealed class BoltScript
{
    private static readonly Dictionary<string, byte> Signatures = new(StringComparer.Ordinal)
    {
        ["HELLO"] = 0x01, ["GOODBYE"] = 0x02, ["RESET"] = 0x0F, ["RUN"] = 0x10, ["BEGIN"] = 0x11, ["COMMIT"] = 0x12,
        ["ROLLBACK"] = 0x13, ["DISCARD"] = 0x2F, ["PULL"] = 0x3F, ["TELEMETRY"] = 0x54, ["ROUTE"] = 0x66,
        ["LOGON"] = 0x6A, ["LOGOFF"] = 0x6B, ["SUCCESS"] = 0x70, ["RECORD"] = 0x71, ["IGNORED"] = 0x7E, ["FAILURE"] = 0x7F,
    };

    private BoltScript(string name, IReadOnlyList<ScriptItem> items)
    {
        Name = name;
        Items = items;
    }

    /// <summary>Script name (file name), for messages.</summary>
    public string Name { get; }

    /// <summary>The steps, top level.</summary>
    public IReadOnlyList<ScriptItem> Items { get; }

    /// <summary>Bolt version the server agrees to (<c>!: BOLT</c>, default 5.4).</summary>
    public (int Major, int Minor) Version { get; private set; } = (5, 4);

    /// <summary>True when RESET is answered automatically anywhere (<c>!: ALLOW RESET</c>).</summary>
    public bool AllowReset { get; private set; }

    /// <summary>How many connections the script is played on (<c>!: CONNECTIONS</c>, default 1).</summary>
    public int Connections { get; private set; } = 1;

    /// <summary>Raw handshake answer replacing the version (<c>!: HANDSHAKE</c>), or null.</summary>
    public byte[]? HandshakeAnswer { get; private set; }

    /// <summary>Reads a script file.</summary>
    public static BoltScript Load(string path) => Parse(File.ReadAllText(path), System.IO.Path.GetFileName(path));

    /// <summary>Parses script text.</summary>
    public static BoltScript Parse(string text, string name = "script")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var stack = new Stack<(int Line, bool Repeat, List<ScriptItem> Items)>();
        var top = new List<ScriptItem>();
        var current = top;
        var directives = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line is "?{" or "*{")
            {
                stack.Push((lineNo, line[0] == '*', current));
                current = [];
                continue;
            }

            if (line == "}")
            {
                if (stack.Count == 0)
                {
                    throw new FormatException($"{name} line {lineNo}: '}}' without an open block.");
                }

                var (openLine, repeat, parent) = stack.Pop();
                var block = new ScriptBlockItem(openLine, repeat, current);
                if (current.Count == 0 || current[0] is not ClientMessageItem)
                {
                    throw new FormatException($"{name} line {openLine}: a block must start with a C: line.");
                }

                parent.Add(block);
                current = parent;
                continue;
            }

            if (line.Length < 3 || line[1] != ':')
            {
                throw new FormatException($"{name} line {lineNo}: expected '!:', 'C:', 'S:', '?{{', '*{{' or '}}', found \"{line}\".");
            }

            var body = line[2..].Trim();
            switch (line[0])
            {
                case '!':
                    directives.Add((lineNo, body));
                    break;
                case 'C':
                    var (cname, cfields) = Message(body, lineNo, name);
                    current.Add(new ClientMessageItem(lineNo, cname, cfields));
                    break;
                case 'S' when body.StartsWith('<'):
                    current.Add(Action(body, lineNo, name));
                    break;
                case 'S':
                    var (sname, sfields) = Message(body, lineNo, name);
                    current.Add(new ServerMessageItem(lineNo, sname, sfields));
                    break;
                default:
                    throw new FormatException($"{name} line {lineNo}: unknown line kind '{line[0]}:'.");
            }
        }

        if (stack.Count > 0)
        {
            throw new FormatException($"{name}: block opened on line {stack.Peek().Line} is never closed.");
        }

        var script = new BoltScript(name, top);
        foreach (var (lineNo, directive) in directives)
        {
            script.Apply(directive, lineNo);
        }

        return script;
    }

    /// <summary>The structure tag of a message name.</summary>
    public static byte SignatureOf(string name) => Signatures[name];

    /// <summary>The message name of a structure tag.</summary>
    public static string NameOf(byte signature) =>
        Signatures.FirstOrDefault(kv => kv.Value == signature).Key ?? $"0x{signature:X2}";

    private void Apply(string directive, int lineNo)
    {
        var parts = directive.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts)
        {
            case ["BOLT", var v]:
                var mm = v.Split('.');
                Version = (int.Parse(mm[0], CultureInfo.InvariantCulture), int.Parse(mm[1], CultureInfo.InvariantCulture));
                break;
            case ["ALLOW", "RESET"]:
                AllowReset = true;
                break;
            case ["CONNECTIONS", var n]:
                Connections = int.Parse(n, CultureInfo.InvariantCulture);
                break;
            case ["HANDSHAKE", ..]:
                HandshakeAnswer = Convert.FromHexString(string.Concat(parts.Skip(1)));
                break;
            default:
                throw new FormatException($"{Name} line {lineNo}: unknown directive '!: {directive}'.");
        }
    }

    private static (string Name, List<object?> Fields) Message(string body, int lineNo, string name)
    {
        var space = body.IndexOf(' ', StringComparison.Ordinal);
        var msg = space < 0 ? body : body[..space];
        if (!Signatures.ContainsKey(msg))
        {
            throw new FormatException($"{name} line {lineNo}: unknown message '{msg}'.");
        }

        return (msg, space < 0 ? [] : ScriptValueParser.ParseAll(body[(space + 1)..], lineNo));
    }

    private static ServerActionItem Action(string body, int lineNo, string name)
    {
        var close = body.IndexOf('>', StringComparison.Ordinal);
        var action = body[1..close];
        var arg = body[(close + 1)..].Trim();
        return action switch
        {
            "EXIT" or "NOOP" => new ServerActionItem(lineNo, action, [], 0),
            "RAW" => new ServerActionItem(lineNo, action, Convert.FromHexString(arg.Replace(" ", "", StringComparison.Ordinal)), 0),
            "SLEEP" => new ServerActionItem(lineNo, action, [], int.Parse(arg, CultureInfo.InvariantCulture)),
            _ => throw new FormatException($"{name} line {lineNo}: unknown server action <{action}>."),
        };
    }
}
