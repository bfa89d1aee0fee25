namespace GeoGraph.Storage;

/// <summary>What a write changed.</summary>
/// <param name="ArticlesWritten">Articles new or with changed text.</param>
/// <param name="ArticlesUnchanged">Articles already stored with the same text, skipped.</param>
/// <param name="StatementsWritten">Statements inserted.</param>
public sealed record SinkResult(int ArticlesWritten, int ArticlesUnchanged, int StatementsWritten);
