using System.Text.RegularExpressions;
using GeoGraph.Core.Schema;
using GeoGraph.Queries.Neo4j;
using GeoGraph.Queries.Tests.Support;

namespace GeoGraph.Queries.Tests;

/// <summary>
/// The query files under cypher/queries: one per query, documented, parameters only, and naming only labels,
/// relationship types and predicates of the graph model and schema. (Syntax and semantics are checked by the Cypher
/// linter test of the Neo4j work, over every .cypher file.)
/// </summary>
public sealed partial class CypherFilesTests
{
    public static readonly TheoryData<string> QueryNames = new(["entity", "neighbors", "between", "path", "timeline", "who", "claims", "evidence", "top", "relations", "co-mentions"]);

    private static readonly HashSet<string> ModelLabels = ["Entity", "Article", "Statement", .. RelationSchema.EntityTypeNames];
    private static readonly HashSet<string> ModelTypes = ["STATES", "SUBJECT", "OBJECT", "ATTRIBUTED_TO", "DENIED_BY", .. RelationSchema.Predicates.Select(p => p.Name)];

    private static string File(string name) => System.IO.File.ReadAllText(Path.Combine(TestPaths.CypherQueries, name + ".cypher"));

    private static string Code(string text) => string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Each_query_has_a_file_with_purpose_parameters_and_example_and_is_embedded(string name)
    {
        var text = File(name);
        Assert.StartsWith($"// {name} — ", text, StringComparison.Ordinal);
        Assert.Contains("// Parameters:", text, StringComparison.Ordinal);
        Assert.Contains("// Example (cypher-shell):", text, StringComparison.Ordinal);
        Assert.Equal(text, CypherFiles.Text(name));

        // Every parameter the code uses is documented in the header with a type.
        foreach (var p in Parameters(Code(text)))
        {
            Assert.Matches($@"//\s+\${p}\s+::\s+[A-Z]", text);
        }
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Queries_name_only_model_labels_types_and_schema_predicates(string name)
    {
        var code = Code(File(name));
        foreach (Match m in NodeLabel().Matches(code))
        {
            Assert.Contains(m.Groups[1].Value, ModelLabels);
        }

        foreach (Match m in RelationshipTypes().Matches(code))
        {
            Assert.All(m.Groups[1].Value.Split('|'), t => Assert.Contains(t, ModelTypes));
        }

        // Upper-case string literals are predicate or relationship-type names.
        foreach (Match m in UpperLiteral().Matches(code))
        {
            Assert.Contains(m.Groups[1].Value, ModelTypes);
        }

        // Parameters only: no string building of queries, no APOC dynamic Cypher.
        Assert.DoesNotContain("apoc.cypher", code, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Relations_counts_the_schema_families_exactly()
    {
        var code = Code(File("relations"));
        var cooperative = Literals(Regex.Match(code, @"WITH \[(?<l>[^\]]*)\] AS cooperative").Groups["l"].Value);
        var conflictual = Literals(Regex.Match(code, @"\[(?<l>[^\]]*)\] AS conflictual").Groups["l"].Value);
        Assert.Equal(QueryRules.PredicatesOf(PredicateFamily.Cooperative), cooperative);
        Assert.Equal(QueryRules.PredicatesOf(PredicateFamily.Conflictual), conflictual);
    }

    [Fact]
    public void Path_walks_every_predicate_relationship_and_only_those()
    {
        var types = RelationshipTypes().Matches(Code(File("path"))).Select(m => m.Groups[1].Value.Split('|')).MaxBy(t => t.Length)!;
        Assert.Equal(RelationSchema.Predicates.Select(p => p.Name), types);
        Assert.Contains($"*1..{QueryLimits.MaxPathHops}]", File("path"), StringComparison.Ordinal);
    }

    internal static IReadOnlySet<string> Parameters(string code) =>
        Parameter().Matches(code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static List<string> Literals(string list) => UpperLiteral().Matches(list).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"\(\s*\w*\s*:\s*([A-Za-z_]+)")]
    private static partial Regex NodeLabel();

    [GeneratedRegex(@"\[\s*\w*\s*:\s*([A-Z_|]+)")]
    private static partial Regex RelationshipTypes();

    [GeneratedRegex(@"'([A-Z][A-Z_]+)'")]
    private static partial Regex UpperLiteral();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
