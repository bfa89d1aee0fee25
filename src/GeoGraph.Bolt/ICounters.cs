namespace GeoGraph.Bolt;

/// <summary>Update statistics of a query (the <c>stats</c> map of the final SUCCESS).</summary>
public interface ICounters
{
    /// <summary>True if the query changed data or schema: the server's <c>contains-updates</c> flag, else any non-zero data/schema counter.</summary>
    bool ContainsUpdates { get; }

    /// <summary>True if the query changed the system database: <c>contains-system-updates</c>, else <c>system-updates</c> &gt; 0.</summary>
    bool ContainsSystemUpdates { get; }

    /// <summary>Nodes created.</summary>
    int NodesCreated { get; }

    /// <summary>Nodes deleted.</summary>
    int NodesDeleted { get; }

    /// <summary>Relationships created.</summary>
    int RelationshipsCreated { get; }

    /// <summary>Relationships deleted.</summary>
    int RelationshipsDeleted { get; }

    /// <summary>Properties set.</summary>
    int PropertiesSet { get; }

    /// <summary>Labels added.</summary>
    int LabelsAdded { get; }

    /// <summary>Labels removed.</summary>
    int LabelsRemoved { get; }

    /// <summary>Indexes added.</summary>
    int IndexesAdded { get; }

    /// <summary>Indexes removed.</summary>
    int IndexesRemoved { get; }

    /// <summary>Constraints added.</summary>
    int ConstraintsAdded { get; }

    /// <summary>Constraints removed.</summary>
    int ConstraintsRemoved { get; }

    /// <summary>System updates (administration commands).</summary>
    int SystemUpdates { get; }
}
