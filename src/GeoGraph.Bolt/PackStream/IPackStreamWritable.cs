namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// A value that writes its own PackStream form, accepted wherever a parameter value is (for example as the rows of an
/// <c>UNWIND $rows</c> list). A bulk loader can send thousands of fixed-shape rows this way, each writing its map with
/// pre-encoded keys and typed values, instead of building and enumerating a dictionary of boxed values per row.
/// </summary>
public interface IPackStreamWritable
{
    /// <summary>Writes this value as exactly one PackStream value (e.g. one map header and its entries).</summary>
    /// <param name="writer">The writer; nested values may go through <see cref="PackStreamWriter.WriteValue"/>.</param>
    void WriteTo(ref PackStreamWriter writer);
}
