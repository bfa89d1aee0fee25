namespace GeoGraph.Core.Schema;

/// <summary>The seven entity types of the relation schema (<c>relations.json</c>, <c>entity_types</c>).</summary>
public enum EntityType
{
    /// <summary>A named or described person.</summary>
    Person,

    /// <summary>A sovereign state or common territory.</summary>
    Country,

    /// <summary>A city, region or facility acting as a place.</summary>
    Location,

    /// <summary>An organisation, ministry, company or alliance.</summary>
    Organization,

    /// <summary>A newspaper, broadcaster or news agency.</summary>
    MediaOutlet,

    /// <summary>A group of people such as "ARD journalists".</summary>
    Group,

    /// <summary>A traded good such as uranium or wheat.</summary>
    Commodity,
}
