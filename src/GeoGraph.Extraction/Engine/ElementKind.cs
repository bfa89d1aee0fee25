namespace GeoGraph.Extraction.Engine;

/// <summary>The kinds of element in a rule pattern.</summary>
internal enum ElementKind
{
    /// <summary><c>V</c>: an inflected form of one of the rule's verbs.</summary>
    Verb,

    /// <summary><c>N</c>: one of the rule's nouns (masdar), with or without the article.</summary>
    Noun,

    /// <summary><c>S</c> / <c>O</c>: an entity mention (with coordination).</summary>
    Slot,

    /// <summary><c>'a|b'</c>: a word, matched on any clitic reading.</summary>
    Literal,

    /// <summary><c>~N</c>: up to N tokens that are not argument mentions (<c>~N*</c> may cross them).</summary>
    Gap,
}
