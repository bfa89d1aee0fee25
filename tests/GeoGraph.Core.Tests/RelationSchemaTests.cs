using GeoGraph.Core.Schema;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Core.Tests;

public class RelationSchemaTests
{
    private static string SharedRelationsPath()
    {
        // tests run from tests/GeoGraph.Core.Tests/bin/<cfg>/net10.0; the repo root holds ../shared.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
        {
            dir = dir.Parent;
        }

        // Beside the repo (CI's clean clone), else the machine's shared folder (worktrees under /work/wt).
        var beside = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "eval", "relations.json");
        return beside is not null && File.Exists(beside) ? beside : "/work/shared/eval/relations.json";
    }

    [Fact]
    public void Embedded_copy_equals_the_shared_relations_json()
    {
        var path = SharedRelationsPath();
        Assert.True(File.Exists(path), $"expected the shared schema at {path}");
        Assert.True(JToken.DeepEquals(JObject.Parse(File.ReadAllText(path)), JObject.Parse(RelationSchema.Json)),
            "src/GeoGraph.Core/Schema/relations.json drifted from ../shared/eval/relations.json; copy the shared file over.");
    }

    [Fact]
    public void Schema_has_33_predicates_7_entity_types_and_5_statuses()
    {
        Assert.Equal(33, RelationSchema.Predicates.Count);
        Assert.Equal(7, RelationSchema.EntityTypeNames.Count);
        Assert.Equal(5, RelationSchema.StatusNames.Count);
    }

    [Fact]
    public void Every_enum_member_maps_to_the_json_name_and_back()
    {
        var json = JObject.Parse(RelationSchema.Json);
        var names = json["predicates"]!.Select(p => p.Value<string>("name")!).ToList();
        foreach (var p in Enum.GetValues<Predicate>())
        {
            Assert.Contains(p.ToSchemaName(), names);
            Assert.True(RelationSchema.TryParsePredicate(p.ToSchemaName(), out var back));
            Assert.Equal(p, back);
        }
    }

    [Theory]
    [InlineData(Predicate.MemberOf, "MEMBER_OF", false, PredicateFamily.Structure)]
    [InlineData(Predicate.MetWith, "MET_WITH", true, PredicateFamily.Cooperative)]
    [InlineData(Predicate.RestrictedTradeWith, "RESTRICTED_TRADE_WITH", false, PredicateFamily.Conflictual)]
    [InlineData(Predicate.Borders, "BORDERS", true, PredicateFamily.Structure)]
    public void Predicate_info_comes_from_the_schema(Predicate p, string name, bool symmetric, PredicateFamily family)
    {
        var info = p.Info();
        Assert.Equal(name, info.Name);
        Assert.Equal(symmetric, info.Symmetric);
        Assert.Equal(family, info.Family);
    }

    [Fact]
    public void Unknown_predicate_name_is_rejected_with_the_valid_names()
    {
        var e = Assert.Throws<FormatException>(() => RelationSchema.ParsePredicate("LIKES"));
        Assert.Contains("MEMBER_OF", e.Message);
    }
}
