namespace GeoGraph.Bolt.Testing;

/// <summary>Pattern-only values of the script language.</summary>
public sealed class ScriptWildcard
{
    /// <summary><c>*</c>: matches any value.</summary>
    public static readonly ScriptWildcard Any = new();

    private ScriptWildcard() { }

    /// <inheritdoc />
    public override string ToString() => "*";
}

/// <summary>
/// A map pattern: <see cref="Required"/> keys must be present and match, <see cref="Optional"/> keys (written
/// <c>"key"?: value</c>) may be absent, and other keys are allowed only when the map ends with <c>...</c>.
/// </summary>
public sealed class ScriptMapPattern
{
    /// <summary>Keys that must be present.</summary>
    public Dictionary<string, object?> Required { get; } = new(StringComparer.Ordinal);

    /// <summary>Keys that may be present.</summary>
    public Dictionary<string, object?> Optional { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the pattern ends with <c>...</c> (extra keys allowed).</summary>
    public bool AllowExtra { get; set; }

    /// <inheritdoc />
    public override string ToString() => ScriptFormatter.Format(this);
}
