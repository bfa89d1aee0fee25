namespace GeoGraph.Extraction.Engine;

/// <summary>One compiled pattern element.</summary>
internal sealed class PatternElement
{
    public ElementKind Kind { get; init; }

    /// <summary>For slots: 'S' or 'O'.</summary>
    public char Slot { get; init; }

    /// <summary>May be absent: a slot then comes from context, a literal is skipped.</summary>
    public bool Optional { get; init; }

    /// <summary>Slot filled by the pronoun attached to the trigger (<c>O@</c>).</summary>
    public bool FromTriggerSuffix { get; init; }

    /// <summary>Slot accepts an adjectival demonym (العقوبات الأمريكية → the United States).</summary>
    public bool DemonymOk { get; init; }

    /// <summary>The slot takes one mention, not a coordination (<c>O=</c>: a participle agrees with the nearest noun,
    /// «القوات الأوكرانية والمتمردين المدعومين من روسيا» backs only the rebels).</summary>
    public bool Single { get; init; }

    /// <summary>Added by the compiler (not in the pattern text): the slot is always filled from context.</summary>
    public bool Implicit { get; init; }

    /// <summary>Literal words.</summary>
    public HashSet<string> Words { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Gap width.</summary>
    public int Max { get; init; }

    /// <summary>Gap may cross mentions.</summary>
    public bool CrossMentions { get; init; }

    public override string ToString() => Kind switch
    {
        ElementKind.Verb => "V",
        ElementKind.Noun => "N",
        ElementKind.Slot => $"{Slot}{(Optional ? "?" : string.Empty)}{(FromTriggerSuffix ? "@" : string.Empty)}",
        ElementKind.Literal => $"'{string.Join('|', Words)}'{(Optional ? "?" : string.Empty)}",
        _ => $"~{Max}{(CrossMentions ? "*" : string.Empty)}",
    };
}
