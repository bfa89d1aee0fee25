namespace GeoGraph.Cli.Parsing;

/// <summary>One option a verb accepts.</summary>
/// <param name="Name">The long name with dashes, <c>--store</c>.</param>
/// <param name="Value">The value's placeholder (<c>PATH</c>), or null for a flag.</param>
/// <param name="Help">One line of help.</param>
/// <param name="Repeatable">Whether the option may be given more than once.</param>
internal sealed record OptionSpec(string Name, string? Value, string Help, bool Repeatable = false)
{
    /// <summary>Whether the option is a flag without value.</summary>
    public bool IsFlag => Value is null;
}
