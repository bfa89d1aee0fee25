namespace GeoGraph.Bolt;

/// <summary>A position in the query text a notification refers to.</summary>
/// <param name="Offset">Character offset from the start of the query (0-based).</param>
/// <param name="Line">Line number (1-based).</param>
/// <param name="Column">Column number (1-based).</param>
public sealed record InputPosition(int Offset, int Line, int Column);
