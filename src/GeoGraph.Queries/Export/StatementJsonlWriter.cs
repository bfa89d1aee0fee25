using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Serialization;
using GeoGraph.Queries.Results;

namespace GeoGraph.Queries.Export;

/// <summary>Writes every statement in the JSONL contract of <c>extract</c> (shared/eval/README.md), one per line.</summary>
public static class StatementJsonlWriter
{
    /// <summary>Writes the statements.</summary>
    /// <param name="snapshot">The graph.</param>
    /// <param name="writer">The destination.</param>
    public static void Write(GraphSnapshot snapshot, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(writer);
        var entities = snapshot.Entities.ToDictionary(
            e => e.Id,
            e => new Entity(e.Id, e.Name, RelationSchema.TryParseEntityType(e.Type, out var t) ? t : EntityType.Group, e.Labels, e.Aliases),
            StringComparer.Ordinal);
        foreach (var s in snapshot.Statements)
        {
            var qualifiers = new Dictionary<string, string>(s.Qualifiers, StringComparer.Ordinal);
            if (s.Time is not null)
            {
                qualifiers["time"] = s.Time;
            }

            RelationSchema.TryParseStatus(s.Status, out var status);
            var statement = new Statement(s.ArticleId, entities[s.Subject.Id], RelationSchema.ParsePredicate(s.Predicate), entities[s.Object.Id], s.Evidence, s.Rule)
            {
                Status = status,
                AttributedTo = Find(entities, s.AttributedTo),
                DeniedBy = Find(entities, s.DeniedBy),
                Qualifiers = qualifiers,
                Confidence = s.Confidence,
            };
            StatementJson.Write(writer, statement);
            writer.Write('\n');
        }
    }

    private static Entity? Find(Dictionary<string, Entity> entities, EntityRef? e) => e is null ? null : entities[e.Id];
}
