namespace GeoGraph.Queries.Results;

/// <summary>A relation of an entity with another, as the neighbor and summary results both list them.</summary>
public interface IEntityRelation
{
    /// <summary><c>out</c> when the entity is the subject, <c>in</c> when it is the object.</summary>
    string Direction { get; }

    /// <summary>The schema predicate name.</summary>
    string Predicate { get; }

    /// <summary>The entity at the other end.</summary>
    EntityRef Other { get; }

    /// <summary>How many statements state it.</summary>
    long Mentions { get; }
}
