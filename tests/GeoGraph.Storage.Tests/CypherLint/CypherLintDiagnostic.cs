namespace GeoGraph.Storage.Tests.CypherLint;

/// <summary>One diagnostic of <c>node/lint-cypher.cjs</c>.</summary>
/// <param name="File">The file as given to the script.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Message">Neo4j's message.</param>
public sealed record CypherLintDiagnostic(string File, int Line, int Column, string Severity, string Message)
{
    /// <summary>Whether it is an error (warnings never fail the lint).</summary>
    public bool IsError => Severity == "error";

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: {Severity}: {Message}";
}
