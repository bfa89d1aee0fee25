namespace GeoGraph.Extraction;

/// <summary>Marks the GeoGraph.Extraction assembly; lets other projects name it.</summary>
public static class AssemblyMarker
{
}
