namespace GeoGraph.Core.Schema;

/// <summary>The three families the schema groups predicates into.</summary>
public enum PredicateFamily
{
    /// <summary>Standing facts: membership, leadership, location.</summary>
    Structure,

    /// <summary>Cooperative actions: visits, meetings, agreements, support.</summary>
    Cooperative,

    /// <summary>Conflictual actions: criticism, sanctions, expulsions, attacks.</summary>
    Conflictual,
}
