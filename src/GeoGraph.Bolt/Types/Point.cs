using System.Globalization;

namespace GeoGraph.Bolt;

/// <summary>
/// A spatial point in a coordinate reference system: Bolt's Point2D ('X') or Point3D ('Y') structure.
/// Neo4j's SRIDs: 4326 WGS-84 (x = longitude, y = latitude), 4979 WGS-84 3D, 7203 Cartesian, 9157 Cartesian 3D.
/// </summary>
public readonly record struct Point
{
    /// <summary>Creates a 2D point.</summary>
    /// <param name="srid">Coordinate reference system id.</param>
    /// <param name="x">X (longitude for WGS-84).</param>
    /// <param name="y">Y (latitude for WGS-84).</param>
    public Point(int srid, double x, double y)
    {
        Srid = srid;
        X = x;
        Y = y;
        Z = double.NaN;
        Dimension = 2;
    }

    /// <summary>Creates a 3D point.</summary>
    /// <param name="srid">Coordinate reference system id.</param>
    /// <param name="x">X.</param>
    /// <param name="y">Y.</param>
    /// <param name="z">Z (height).</param>
    public Point(int srid, double x, double y, double z)
    {
        Srid = srid;
        X = x;
        Y = y;
        Z = z;
        Dimension = 3;
    }

    /// <summary>Coordinate reference system id.</summary>
    public int Srid { get; }

    /// <summary>X coordinate.</summary>
    public double X { get; }

    /// <summary>Y coordinate.</summary>
    public double Y { get; }

    /// <summary>Z coordinate; NaN for a 2D point.</summary>
    public double Z { get; }

    /// <summary>2 or 3.</summary>
    public int Dimension { get; }

    /// <summary>Cypher-like form, e.g. point({srid:4326, x:1.5, y:2}).</summary>
    /// <returns>The point as text.</returns>
    public override string ToString() => Dimension == 2
        ? string.Create(CultureInfo.InvariantCulture, $"point({{srid:{Srid}, x:{X:R}, y:{Y:R}}})")
        : string.Create(CultureInfo.InvariantCulture, $"point({{srid:{Srid}, x:{X:R}, y:{Y:R}, z:{Z:R}}})");
}
