namespace GeoGraph.Extraction.Knowledge;

/// <summary>How a gazetteer name refers to its entry.</summary>
internal enum NameKind
{
    /// <summary>A name, label or alias of the entry itself.</summary>
    Name,

    /// <summary>A nisba adjective of a country (الروسي، الروسية، Russian).</summary>
    Demonym,

    /// <summary>A plural demonym naming the people (الروس، الأوروبيون, Russians).</summary>
    DemonymPlural,

    /// <summary>A capital or seat of government standing for the state (موسكو، الكرملين).</summary>
    Metonym,
}
