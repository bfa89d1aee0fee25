namespace GeoGraph.Core.Model;

/// <summary>Where a statement comes from: the sentence index and the character span in the article text.</summary>
/// <param name="Sentence">Zero-based sentence index in the article.</param>
/// <param name="Start">Start offset (UTF-16 code units) in the article text, inclusive.</param>
/// <param name="End">End offset, exclusive.</param>
/// <param name="Text">Exactly <c>article.Text[Start..End]</c>.</param>
public sealed record Evidence(int Sentence, int Start, int End, string Text);
