namespace GeoGraph.Bolt.Testing;

/// <summary>One step of a conversation script, with the line it came from (for error messages).</summary>
public abstract record ScriptItem(int Line);

/// <summary><c>C: NAME fields</c>: the client must send this message (fields are patterns).</summary>
public sealed record ClientMessageItem(int Line, string Name, IReadOnlyList<object?> Fields) : ScriptItem(Line)
{
    /// <inheritdoc />
    public override string ToString() => "C: " + ScriptFormatter.FormatMessage(Name, Fields);
}

/// <summary><c>S: NAME fields</c>: the server sends this message.</summary>
public sealed record ServerMessageItem(int Line, string Name, IReadOnlyList<object?> Fields) : ScriptItem(Line)
{
    /// <inheritdoc />
    public override string ToString() => "S: " + ScriptFormatter.FormatMessage(Name, Fields);
}

/// <summary>Server actions: <c>&lt;EXIT&gt;</c> (close), <c>&lt;RAW&gt; hex</c>, <c>&lt;SLEEP&gt; ms</c>, <c>&lt;NOOP&gt;</c> (keep-alive chunk).</summary>
public sealed record ServerActionItem(int Line, string Action, byte[] Raw, int SleepMs) : ScriptItem(Line)
{
    /// <inheritdoc />
    public override string ToString() => $"S: <{Action}>";
}

/// <summary><c>?{ ... }</c> (played at most once) or <c>*{ ... }</c> (any number of times): entered when the client's next message matches the block's first line.</summary>
public sealed record ScriptBlockItem(int Line, bool Repeat, IReadOnlyList<ScriptItem> Items) : ScriptItem(Line)
{
    /// <summary>The client message that opens the block.</summary>
    public ClientMessageItem First => Items[0] as ClientMessageItem
        ?? throw new FormatException($"Script line {Line}: an optional or repeated block must start with a C: line.");
}
