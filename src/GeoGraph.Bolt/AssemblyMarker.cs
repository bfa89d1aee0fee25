namespace GeoGraph.Bolt;

/// <summary>Marks the GeoGraph.Bolt assembly; lets other projects name it.</summary>
public static class AssemblyMarker
{
}
