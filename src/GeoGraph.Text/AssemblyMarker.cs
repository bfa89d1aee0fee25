namespace GeoGraph.Text;

/// <summary>Marks the GeoGraph.Text assembly; lets other projects name it.</summary>
public static class AssemblyMarker
{
}
