using System.Buffers;
using GeoGraph.Bolt.PackStream;
using GeoGraph.Core.Schema;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>The statement row writes itself into PackStream as exactly the map it reads as.</summary>
public class StatementRowTests
{
    private static byte[] Pack(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(buffer);
        writer.WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Full_row_packs_to_the_bytes_of_its_map_with_the_same_keys_in_the_same_order()
    {
        var article = Samples.Article("q", "Russia supplied drones to Kazakhstan, Izvestia reported.");
        var statement = Samples.Statement(article, Samples.Russia, Predicate.Supplied, Samples.Kazakhstan, sentence: 300) with
        {
            Status = StatementStatus.Disputed,
            AttributedTo = Samples.Izvestia,
            DeniedBy = Samples.Russia,
            Qualifiers = new Dictionary<string, string> { ["time"] = "2025-11-01", ["item"] = "drones", ["mood"] = "dropped" },
            Confidence = 0.75,
        };

        var row = GraphRows.Statement(statement);
        var map = new Dictionary<string, object?>(row, StringComparer.Ordinal);

        Assert.Equal(
            ["id", "article", "subject", "predicate", "object", "status", "attributed_to", "denied_by", "time", "item", "sentence", "start", "end", "evidence", "rule", "confidence"],
            map.Keys);
        Assert.Equal(300L, map["sentence"]);
        Assert.Equal(16, row.Count);
        Assert.Equal(Pack(map), Pack(row));
        var read = (IReadOnlyDictionary<string, object?>)new PackStreamReader(Pack(row)).ReadValue()!;
        Assert.Equal(map.OrderBy(e => e.Key, StringComparer.Ordinal), read.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Plain_row_leaves_out_attribution_and_qualifiers()
    {
        var article = Samples.Article("kz", "Kazakhstan is a member of the CSTO.");
        var row = GraphRows.Statement(Samples.Statement(article, Samples.Kazakhstan, Predicate.MemberOf, Samples.Csto));

        Assert.Equal(12, row.Count);
        Assert.False(row.ContainsKey("attributed_to"));
        Assert.Equal(Pack(new Dictionary<string, object?>(row, StringComparer.Ordinal)), Pack(row));
    }
}
