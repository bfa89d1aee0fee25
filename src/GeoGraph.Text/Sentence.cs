namespace GeoGraph.Text;

/// <summary>One sentence: its index, its span in the source text and its tokens.</summary>
/// <param name="Index">Zero-based index in the article.</param>
/// <param name="Start">Start offset in the source text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Tokens">The tokens, in order.</param>
public sealed record Sentence(int Index, int Start, int End, IReadOnlyList<Token> Tokens);
