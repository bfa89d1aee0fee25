using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Turns the domain model into the <c>$rows</c> maps the load queries read. Each row's keys are exactly the names the
/// matching file in <c>cypher/load/</c> reads (<c>row.id</c>, <c>row.labels_en</c>, …); tests hold the two together.
/// </summary>
internal static class GraphRows
{
    /// <summary>
    /// The qualifiers of the schema (RELATIONS.md, "Qualifiers"), stored as plain statement properties of the same
    /// name. Qualifier keys outside this list are not stored: property names never come from data.
    /// </summary>
    public static readonly IReadOnlyList<string> QualifierNames = ["time", "role", "item", "weapon", "count", "share", "length", "of"];

    // The schema names of statuses and entity types, computed once: ToSchemaName formats the enum and lower-cases it,
    // two string allocations per row that the loader's hot loop does not need.
    private static readonly string[] StatusNames = [.. Enum.GetValues<StatementStatus>().Select(s => s.ToSchemaName())];
    private static readonly string[] TypeNames = [.. Enum.GetValues<EntityType>().Select(t => t.ToSchemaName())];

    /// <summary>The row of <c>entities.cypher</c>.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns><c>{id, name, type, labels_en, labels_ar, aliases}</c>.</returns>
    public static Dictionary<string, object?> Entity(Entity entity) => new(6, StringComparer.Ordinal)
    {
        ["id"] = entity.Id,
        ["name"] = entity.Name,
        ["type"] = TypeNames[(int)entity.Type],
        ["labels_en"] = entity.Labels.GetValueOrDefault("en"),
        ["labels_ar"] = entity.Labels.GetValueOrDefault("ar"),
        ["aliases"] = entity.Aliases,
    };

    /// <summary>The row of <c>articles.cypher</c>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="textHash">Its text hash.</param>
    /// <returns><c>{id, title, date, lang, url, source, text_hash}</c>.</returns>
    public static Dictionary<string, object?> Article(Article article, string textHash) => new(7, StringComparer.Ordinal)
    {
        ["id"] = article.Id,
        ["title"] = article.Title,
        ["date"] = article.Date,
        ["lang"] = article.Lang,
        ["url"] = article.Url,
        ["source"] = article.Source,
        ["text_hash"] = textHash,
    };

    /// <summary>The row of <c>statements.cypher</c>.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>
    /// <c>{id, article, subject, predicate, object, status, sentence, start, end, evidence, rule, confidence}</c> plus
    /// <c>attributed_to</c>, <c>denied_by</c> and the qualifiers (<c>time, role, item, weapon, count, share, length,
    /// of</c>) when the statement has them. Absent keys read as null in Cypher, so leaving them out changes nothing in
    /// the graph and saves encoding some ten null entries per statement, the bulk of a row. The row writes itself
    /// straight into PackStream (<see cref="StatementRow"/>).
    /// </returns>
    public static StatementRow Statement(Statement statement)
    {
        KeyValuePair<string, string>[] qualifiers = [];
        if (statement.Qualifiers.Count > 0)
        {
            var found = new List<KeyValuePair<string, string>>(statement.Qualifiers.Count);
            foreach (var name in QualifierNames)
            {
                if (statement.Qualifiers.TryGetValue(name, out var value))
                {
                    found.Add(new(name, value));
                }
            }

            qualifiers = [.. found];
        }

        return new StatementRow(
            statement.Id, statement.ArticleId, statement.Subject.Id, statement.Predicate.ToSchemaName(), statement.Object.Id,
            StatusNames[(int)statement.Status], statement.AttributedTo?.Id, statement.DeniedBy?.Id, qualifiers,
            statement.Evidence.Sentence, statement.Evidence.Start, statement.Evidence.End, statement.Evidence.Text, statement.RuleId,
            statement.Confidence);
    }

    /// <summary>The row of <c>relationships/&lt;PREDICATE&gt;.cypher</c>.</summary>
    /// <param name="pair">The entity pair.</param>
    /// <returns><c>{subject, object}</c>.</returns>
    public static Dictionary<string, object?> Pair(EntityPair pair) => new(2, StringComparer.Ordinal)
    {
        ["subject"] = pair.Subject,
        ["object"] = pair.Object,
    };

    /// <summary>Reads a string column of a record, tolerating absence.</summary>
    /// <param name="record">The record.</param>
    /// <param name="key">The column.</param>
    /// <returns>The string, or null when absent or not a string.</returns>
    public static string? String(IReadOnlyDictionary<string, object?> record, string key) =>
        record.TryGetValue(key, out var value) ? value as string ?? (value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture)) : null;
}
