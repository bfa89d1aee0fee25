using GeoGraph.Core.Model;
using GeoGraph.Core.Serialization;

namespace GeoGraph.Queries.Tests.Support;

/// <summary>
/// Reads the frozen fixture: the project's own <c>geograph extract</c> output over the dev articles, in the JSONL
/// contract. It is frozen so the hand-checked answers do not move whenever an extraction rule changes.
/// </summary>
internal static class FixtureStatements
{
    /// <summary>The command that regenerates the fixture (run from the repository root).</summary>
    public const string Regenerate =
        "dotnet run --project src/GeoGraph.Cli -- extract /work/shared/eval/dev/gold.jsonl --format jsonl --out tests/GeoGraph.Queries.Tests/Fixtures/dev-statements.jsonl";

    /// <summary>Reads the statements of a contract JSONL file.</summary>
    public static IReadOnlyList<Statement> Read(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(StatementJson.Parse).ToList();
}
