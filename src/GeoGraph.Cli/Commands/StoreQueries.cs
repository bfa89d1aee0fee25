using GeoGraph.Core.Text;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// The few reads <c>query</c> needs, straight over the embedded store's tables. Names resolve through
/// <c>entity_names.norm</c> (the same <see cref="NameKey"/> the store wrote), so Arabic and English names and aliases
/// all find the entity.
/// </summary>
internal sealed class StoreQueries(SqliteConnection connection)
{
    /// <summary>The entities a name, alias or id stands for, best known first.</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entities.</returns>
    public async Task<IReadOnlyList<EntityRow>> ResolveAsync(string name, CancellationToken cancellationToken)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT e.id, e.name, e.type, e.labels_json,
              (SELECT count(*) FROM statements s WHERE s.subject_id = e.id OR s.object_id = e.id) AS n
            FROM entities e
            WHERE e.id = $raw OR e.id IN (SELECT entity_id FROM entity_names WHERE norm = $norm)
            ORDER BY n DESC, e.id
            """;
        cmd.Parameters.AddWithValue("$raw", name);
        cmd.Parameters.AddWithValue("$norm", NameKey.Of(name));
        var rows = new List<EntityRow>();
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new EntityRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), JObject.Parse(reader.GetString(3))));
        }

        return rows;
    }

    /// <summary>Names that start like the given one, for a "did you mean" hint.</summary>
    /// <param name="name">The name that found nothing.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to five names.</returns>
    public async Task<IReadOnlyList<string>> SuggestAsync(string name, CancellationToken cancellationToken)
    {
        var norm = NameKey.Of(name);
        if (norm.Length == 0)
        {
            return [];
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT name FROM entity_names WHERE instr(norm, $part) > 0 ORDER BY length(name), name LIMIT 5";
        cmd.Parameters.AddWithValue("$part", norm.Length > 4 ? norm[..4] : norm);
        var names = new List<string>();
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>The names of an entity as stored (name, labels, aliases).</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The names with their kind.</returns>
    public async Task<IReadOnlyList<(string Name, string Kind)>> NamesAsync(string id, CancellationToken cancellationToken)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name, kind FROM entity_names WHERE entity_id = $id ORDER BY CASE kind WHEN 'name' THEN 0 WHEN 'label' THEN 1 ELSE 2 END, name";
        cmd.Parameters.AddWithValue("$id", id);
        var names = new List<(string, string)>();
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add((reader.GetString(0), reader.GetString(1)));
        }

        return names;
    }

    /// <summary>The statements an entity takes part in as subject or object, with evidence.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="limit">The most rows returned.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The statements, by article and sentence.</returns>
    public async Task<IReadOnlyList<StatementRow>> StatementsAsync(string id, int limit, CancellationToken cancellationToken)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT s.id, s.article_id, s.subject_id, subj.name, s.predicate, s.object_id, obj.name, s.status,
              att.name, s.qualifiers_json, s.sentence, s.start, s."end", s.evidence, s.rule, s.confidence
            FROM statements s
            JOIN entities subj ON subj.id = s.subject_id
            JOIN entities obj ON obj.id = s.object_id
            LEFT JOIN entities att ON att.id = s.attributed_to
            WHERE s.subject_id = $id OR s.object_id = $id
            ORDER BY s.article_id, s.sentence, s.predicate
            LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$limit", limit);
        var rows = new List<StatementRow>();
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new StatementRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                JObject.Parse(reader.GetString(9)),
                reader.GetInt32(10),
                reader.GetInt32(11),
                reader.GetInt32(12),
                reader.GetString(13),
                reader.GetString(14),
                reader.GetDouble(15)));
        }

        return rows;
    }

    /// <summary>The entities linked to one by any statement, grouped by predicate and direction.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The neighbours, most statements first.</returns>
    public async Task<IReadOnlyList<NeighborRow>> NeighborsAsync(string id, CancellationToken cancellationToken)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT n.other, e.name, e.type, n.predicate, n.direction, count(*) AS c
            FROM (SELECT object_id AS other, predicate, 'out' AS direction FROM statements WHERE subject_id = $id
                  UNION ALL
                  SELECT subject_id, predicate, 'in' FROM statements WHERE object_id = $id) n
            JOIN entities e ON e.id = n.other
            GROUP BY n.other, n.predicate, n.direction
            ORDER BY c DESC, e.name, n.predicate
            """;
        cmd.Parameters.AddWithValue("$id", id);
        var rows = new List<NeighborRow>();
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new NeighborRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5)));
        }

        return rows;
    }
}
