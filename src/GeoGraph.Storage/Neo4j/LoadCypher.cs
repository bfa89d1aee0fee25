using System.Collections.Frozen;
using System.Text;
using GeoGraph.Core.Schema;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// The checked-in Cypher of <c>cypher/schema.cypher</c> and <c>cypher/load/</c>, embedded in this assembly, so the
/// loader runs exactly the files the lint test checks and users can run by hand.
/// </summary>
internal static class LoadCypher
{
    private static readonly FrozenDictionary<Predicate, string> Relationships =
        RelationSchema.Predicates.ToFrozenDictionary(
            p => p.Predicate,
            p => Single($"cypher/load/{TypedRelationshipCypher.Folder}/{TypedRelationshipCypher.FileName(p)}"));

    /// <summary>The statements of <c>cypher/schema.cypher</c>, in order.</summary>
    public static IReadOnlyList<string> Schema { get; } = CypherScript.Split(Read("cypher/schema.cypher"));

    /// <summary><c>cypher/load/article-hashes.cypher</c>: the stored text hash of each given article id.</summary>
    public static string ArticleHashes { get; } = Single("cypher/load/article-hashes.cypher");

    /// <summary><c>cypher/load/entities.cypher</c>: upserts entities with their type label.</summary>
    public static string Entities { get; } = Single("cypher/load/entities.cypher");

    /// <summary><c>cypher/load/articles.cypher</c>: upserts articles, deleting a changed article's old statements.</summary>
    public static string Articles { get; } = Single("cypher/load/articles.cypher");

    /// <summary><c>cypher/load/statements.cypher</c>: upserts statements with their provenance relationships.</summary>
    public static string Statements { get; } = Single("cypher/load/statements.cypher");

    /// <summary>The query recomputing the typed relationships of one predicate.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The text of <c>cypher/load/relationships/&lt;PREDICATE&gt;.cypher</c>.</returns>
    public static string Relationship(Predicate predicate) => Relationships[predicate];

    /// <summary>The file a load query was read from, for messages.</summary>
    /// <param name="query">The query text.</param>
    /// <returns>E.g. <c>cypher/load/statements.cypher</c>, or "a query" when it is none of them.</returns>
    public static string NameOf(string query)
    {
        if (query == ArticleHashes)
        {
            return "cypher/load/article-hashes.cypher";
        }

        if (query == Entities)
        {
            return "cypher/load/entities.cypher";
        }

        if (query == Articles)
        {
            return "cypher/load/articles.cypher";
        }

        if (query == Statements)
        {
            return "cypher/load/statements.cypher";
        }

        foreach (var (predicate, text) in Relationships)
        {
            if (query == text)
            {
                return $"cypher/load/{TypedRelationshipCypher.Folder}/{TypedRelationshipCypher.FileName(predicate.Info())}";
            }
        }

        return "a query";
    }

    private static string Single(string name)
    {
        var statements = CypherScript.Split(Read(name));
        return statements.Count == 1
            ? statements[0]
            : throw new InvalidOperationException($"{name} must hold exactly one statement; it holds {statements.Count}.");
    }

    private static string Read(string name)
    {
        using var stream = typeof(LoadCypher).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in GeoGraph.Storage; see its .csproj.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
