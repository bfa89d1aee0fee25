using System.Text;
using GeoGraph.Core.Schema;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Writes the text of <c>cypher/load/relationships/&lt;PREDICATE&gt;.cypher</c>, one file per schema predicate.
/// <para>
/// Cypher cannot take a relationship type as a parameter, and putting the type into the text at run time would be
/// building Cypher by concatenation. Neo4j 5.26's dynamic types (<c>[:$(row.type)]</c>) would work only on new servers
/// and let data choose a type. So each predicate gets a fixed, readable, linted file, generated from
/// <c>relations.json</c> and checked in; a test fails when the checked-in files and the schema drift apart, and
/// regenerates them when <c>GEOGRAPH_WRITE_CYPHER=1</c> is set.
/// </para>
/// </summary>
internal static class TypedRelationshipCypher
{
    /// <summary>The folder of the generated files, relative to <c>cypher/load</c>.</summary>
    public const string Folder = "relationships";

    /// <summary>The file name of a predicate's query.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>E.g. <c>MEMBER_OF.cypher</c>.</returns>
    public static string FileName(PredicateInfo predicate) => predicate.Name + ".cypher";

    /// <summary>Generates the query that recomputes the typed relationships of the given entity pairs.</summary>
    /// <param name="predicate">The schema predicate; its name is the relationship type.</param>
    /// <returns>The file's text, LF line endings, ending in a newline.</returns>
    public static string Generate(PredicateInfo predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var type = predicate.Name;
        var statuses = string.Join(", ", RelationSchema.StatusNames.Select(s => "'" + s + "'"));
        var sb = new StringBuilder();
        sb.Append("// Generated from relations.json by GeoGraph.Storage.Neo4j.TypedRelationshipCypher; do not edit (a test fails when\n");
        sb.Append("// this file and the schema drift apart; GEOGRAPH_WRITE_CYPHER=1 dotnet test tests/GeoGraph.Storage.Tests rewrites it).\n");
        sb.Append("// Cypher cannot take a relationship type as a parameter, so every predicate has its own fixed query.\n");
        sb.Append("//\n");
        sb.Append("// Recomputes (x)-[:").Append(type).Append(" {mentions, first_seen, last_seen, statuses}]->(y) for each row {subject, object}\n");
        sb.Append("// from the statements that support it: mentions counts them, first_seen/last_seen are the earliest and latest\n");
        sb.Append("// article dates, statuses lists their statuses in schema order. A pair with no statement left loses the relationship.\n");
        if (predicate.Symmetric)
        {
            sb.Append("// ").Append(type).Append(" is symmetric: statements count in either direction, and the loader sends each pair once\n");
            sb.Append("// with subject < object (ordinal by id), so the one relationship points from the lower id to the higher.\n");
        }

        var pattern = predicate.Symmetric
            ? $"(x)<-[:SUBJECT|OBJECT]-(s:Statement {{predicate: '{type}'}})-[:SUBJECT|OBJECT]->(y)"
            : $"(x)<-[:SUBJECT]-(s:Statement {{predicate: '{type}'}})-[:OBJECT]->(y)";
        var existing = predicate.Symmetric ? $"(x)-[r:{type}]-(y)" : $"(x)-[r:{type}]->(y)";
        sb.Append("UNWIND $rows AS row\n");
        sb.Append("MATCH (x:Entity {id: row.subject})\n");
        sb.Append("MATCH (y:Entity {id: row.object})\n");
        sb.Append("OPTIONAL MATCH ").Append(pattern).Append('\n');
        sb.Append("OPTIONAL MATCH (a:Article)-[:STATES]->(s)\n");
        sb.Append("WITH x, y, count(DISTINCT s) AS mentions, min(a.date) AS first_seen, max(a.date) AS last_seen,\n");
        sb.Append("     collect(DISTINCT s.status) AS found\n");
        sb.Append("WITH x, y, mentions, first_seen, last_seen,\n");
        sb.Append("     [status IN [").Append(statuses).Append("] WHERE status IN found] AS statuses\n");
        sb.Append("FOREACH (_ IN CASE WHEN mentions > 0 THEN [1] ELSE [] END |\n");
        sb.Append("  MERGE (x)-[r:").Append(type).Append("]->(y)\n");
        sb.Append("  SET r.mentions = mentions, r.first_seen = first_seen, r.last_seen = last_seen, r.statuses = statuses)\n");
        sb.Append("WITH x, y, mentions\n");
        sb.Append("WHERE mentions = 0\n");
        sb.Append("MATCH ").Append(existing).Append('\n');
        sb.Append("DELETE r\n");
        return sb.ToString();
    }
}
