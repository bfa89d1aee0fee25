using GeoGraph.Core.Schema;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

public class TypedRelationshipCypherTests
{
    private static string Folder => Path.Combine(RepositoryFiles.Cypher, "load", TypedRelationshipCypher.Folder);

    public static TheoryData<string> PredicateNames => [.. RelationSchema.Predicates.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(PredicateNames))]
    public void Checked_in_file_matches_what_the_schema_generates(string name)
    {
        var predicate = RelationSchema.Predicates.Single(p => p.Name == name);
        var path = Path.Combine(Folder, TypedRelationshipCypher.FileName(predicate));
        var expected = TypedRelationshipCypher.Generate(predicate);
        if (Environment.GetEnvironmentVariable("GEOGRAPH_WRITE_CYPHER") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run GEOGRAPH_WRITE_CYPHER=1 dotnet test tests/GeoGraph.Storage.Tests to generate it.");
        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Folder_holds_no_file_for_a_predicate_outside_the_schema()
    {
        var expected = RelationSchema.Predicates.Select(TypedRelationshipCypher.FileName).Order(StringComparer.Ordinal);
        var actual = Directory.EnumerateFiles(Folder, "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Loader_runs_the_checked_in_file_of_each_predicate()
    {
        foreach (var predicate in RelationSchema.Predicates)
        {
            var text = File.ReadAllText(Path.Combine(Folder, TypedRelationshipCypher.FileName(predicate)));
            Assert.Equal(CypherScript.Split(text).Single(), LoadCypher.Relationship(predicate.Predicate));
        }
    }

    [Fact]
    public void Directed_predicate_merges_one_direction_and_counts_only_subject_to_object_statements()
    {
        var text = TypedRelationshipCypher.Generate(Predicate.MemberOf.Info());
        Assert.Contains("(x)<-[:SUBJECT]-(s:Statement {predicate: 'MEMBER_OF'})-[:OBJECT]->(y)", text, StringComparison.Ordinal);
        Assert.Contains("MERGE (x)-[r:MEMBER_OF]->(y)", text, StringComparison.Ordinal);
        Assert.Contains("MATCH (x)-[r:MEMBER_OF]->(y)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SUBJECT|OBJECT", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Symmetric_predicate_counts_statements_in_either_direction_and_deletes_either_direction()
    {
        var text = TypedRelationshipCypher.Generate(Predicate.MetWith.Info());
        Assert.Contains("(x)<-[:SUBJECT|OBJECT]-(s:Statement {predicate: 'MET_WITH'})-[:SUBJECT|OBJECT]->(y)", text, StringComparison.Ordinal);
        Assert.Contains("MATCH (x)-[r:MET_WITH]-(y)", text, StringComparison.Ordinal);
        Assert.Contains("count(DISTINCT s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Statuses_are_listed_in_schema_order()
    {
        var text = TypedRelationshipCypher.Generate(Predicate.Attacked.Info());
        Assert.Contains("[status IN ['asserted', 'negated', 'reported', 'disputed', 'planned'] WHERE status IN found]", text, StringComparison.Ordinal);
    }
}
