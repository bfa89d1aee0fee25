namespace GeoGraph.Queries;

/// <summary>Marks the GeoGraph.Queries assembly; lets other projects name it.</summary>
public static class AssemblyMarker
{
}
