using GeoGraph.Queries.Resolution;
using GeoGraph.Queries.Results;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Queries.Embedded;

/// <summary>Looks names up in the embedded store's <c>entity_names</c> table (indexed on <c>norm</c>).</summary>
internal sealed class SqliteNameSource(SqliteStore store) : INameSource
{
    private IReadOnlyList<NameHit>? all;

    public Task<EntityRef?> ByIdAsync(string id, CancellationToken cancellationToken) =>
        store.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, name, type FROM entities WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new EntityRef(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<NameHit>> ByKeysAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyList<NameHit>>(connection =>
        {
            using var command = connection.CreateCommand();
            // One placeholder per key: the SQL text depends only on the number of keys, never on their values.
            var names = keys.Select((_, i) => "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            command.CommandText =
                "SELECT e.id, e.name, e.type, n.name, n.norm, n.kind FROM entity_names n JOIN entities e ON e.id = n.entity_id " +
                $"WHERE n.norm IN ({string.Join(", ", names)})";
            for (var i = 0; i < keys.Count; i++)
            {
                command.Parameters.AddWithValue(names[i], keys[i]);
            }

            return Read(command);
        }, cancellationToken);

    public async Task<IReadOnlyList<NameHit>> AllAsync(CancellationToken cancellationToken) =>
        all ??= await store.ReadAsync<IReadOnlyList<NameHit>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT e.id, e.name, e.type, n.name, n.norm, n.kind FROM entity_names n JOIN entities e ON e.id = n.entity_id";
            return Read(command);
        }, cancellationToken).ConfigureAwait(false);

    private static List<NameHit> Read(SqliteCommand command)
    {
        var hits = new List<NameHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new NameHit(new EntityRef(reader.GetString(0), reader.GetString(1), reader.GetString(2)), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return hits;
    }
}
