using System.Text.RegularExpressions;
using GeoGraph.Core.Schema;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>
/// <c>cypher/load/entities.cypher</c> keeps exactly one type label per entity: it removes every type label of the schema
/// and then sets the one the row names, so an entity whose type changed loses its old label.
/// </summary>
public partial class EntityLabelCypherTests
{
    private static readonly string[] SchemaTypes = [.. Enum.GetValues<EntityType>().Select(t => t.ToSchemaName())];

    private static string Cypher => BoltScripts.File("load/entities.cypher");

    [GeneratedRegex(@"^REMOVE e((?::[A-Za-z]+)+)\s*$", RegexOptions.Multiline)]
    private static partial Regex RemoveClause();

    [GeneratedRegex(@"^FOREACH \(_ IN CASE WHEN row\.type = '([A-Za-z]+)' THEN \[1\] ELSE \[\] END \| SET e:([A-Za-z]+)\)\s*$", RegexOptions.Multiline)]
    private static partial Regex SetClause();

    [Fact]
    public void Every_schema_type_label_is_removed_before_the_new_one_is_set()
    {
        var text = Cypher;
        var remove = RemoveClause().Match(text);
        Assert.True(remove.Success, "entities.cypher has no REMOVE of the type labels");
        var removed = remove.Groups[1].Value.Split(':', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SchemaTypes.Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));

        var sets = SetClause().Matches(text);
        Assert.Equal(SchemaTypes.Order(StringComparer.Ordinal), sets.Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(sets, m => Assert.Equal(m.Groups[1].Value, m.Groups[2].Value));
        Assert.All(sets, m => Assert.True(m.Index > remove.Index, $"SET e:{m.Groups[2].Value} comes before the REMOVE, which would undo it"));
    }
}
