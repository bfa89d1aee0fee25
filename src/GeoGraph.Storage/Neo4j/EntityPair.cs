using GeoGraph.Core.Schema;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Two entities joined by a predicate: the key of one typed relationship. Symmetric predicates are put in canonical
/// order (lower id first, ordinal) so both directions of a statement land on the same relationship.
/// </summary>
/// <param name="Predicate">The predicate.</param>
/// <param name="Subject">The subject entity id (for symmetric predicates, the lower id).</param>
/// <param name="Object">The object entity id.</param>
internal readonly record struct EntityPair(Predicate Predicate, string Subject, string Object)
{
    /// <summary>Makes the key of the typed relationship a statement supports.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <param name="subject">The subject entity id.</param>
    /// <param name="obj">The object entity id.</param>
    /// <returns>The pair, in canonical order for symmetric predicates.</returns>
    public static EntityPair Of(Predicate predicate, string subject, string obj) =>
        predicate.Info().Symmetric && string.CompareOrdinal(subject, obj) > 0
            ? new EntityPair(predicate, obj, subject)
            : new EntityPair(predicate, subject, obj);
}
