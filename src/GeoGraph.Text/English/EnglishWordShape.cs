namespace GeoGraph.Text.English;

/// <summary>The capitalisation of a word in the source text, which the lower-cased token text no longer shows.</summary>
public enum EnglishWordShape
{
    /// <summary>No letters (numbers, punctuation).</summary>
    None,

    /// <summary>All letters lower case ("said").</summary>
    Lower,

    /// <summary>First letter upper case, some lower case after it ("Putin", "McDonald").</summary>
    Capitalized,

    /// <summary>Every letter upper case, two letters or more ("NATO", "U.S.").</summary>
    AllCaps,

    /// <summary>One upper-case letter alone ("A", "F" of "John F. Kennedy").</summary>
    Initial,

    /// <summary>Starts lower case, upper case later ("al-Assad" parts, "iPhone").</summary>
    Mixed,
}
