using GeoGraph.Bolt.PackStream;
using static GeoGraph.Bolt.Tests.PackStream.Packing;

namespace GeoGraph.Bolt.Tests.PackStream;

public class SmallMapTests
{
    [Fact]
    public void Maps_up_to_eight_entries_read_as_small_maps_and_larger_ones_as_dictionaries()
    {
        var eight = Enumerable.Range(0, 8).ToDictionary(i => "k" + i, i => (object?)(long)i);
        var nine = Enumerable.Range(0, 9).ToDictionary(i => "k" + i, i => (object?)(long)i);
        Assert.IsType<SmallMap>(Read(Value(eight)));
        Assert.IsType<Dictionary<string, object?>>(Read(Value(nine)));
    }

    [Fact]
    public void A_small_map_behaves_as_a_read_only_dictionary()
    {
        var map = (IReadOnlyDictionary<string, object?>)Read(FromHex("A3 81 61 01 81 62 C0 81 61 03"))!; // a, b, a again
        Assert.Equal(2, map.Count);
        Assert.Equal(3L, map["a"]);
        Assert.True(map.TryGetValue("b", out var b));
        Assert.Null(b);
        Assert.False(map.ContainsKey("A"));
        Assert.Throws<KeyNotFoundException>(() => map["c"]);
        Assert.Equal(["a", "b"], map.Keys);
        Assert.Equal([3L, null], map.Values);
        Assert.Equal("{a: 3, b: null}", map.ToString());
    }

    [Fact]
    public void A_map_read_back_is_written_again_byte_for_byte()
    {
        byte[] bytes = FromHex("A2 84 6E616D65 82 4B5A 83 706F70 CA 01 21 EA C0");
        Assert.Equal(bytes, Value(Read(bytes)));
    }

    [Fact]
    public void Repeated_short_strings_are_decoded_once_and_others_still_decode_exactly()
    {
        var first = (IReadOnlyList<object?>)Read(Value(new List<object?> { "label", "label", "ÄÖ", "ÄÖ", new string('x', 40), new string('x', 40) }))!;
        Assert.Same(first[0], first[1]);
        Assert.Equal("ÄÖ", first[2]);
        Assert.Equal(new string('x', 40), first[5]);
        // Many distinct keys collide in the cache; each must still come back as itself.
        var keys = Enumerable.Range(0, 5_000).Select(i => "key" + i).ToList();
        var read = (IReadOnlyList<object?>)Read(Value(keys.Concat(keys).Cast<object?>().ToList()))!;
        Assert.Equal(keys.Concat(keys), read.Cast<string>());
    }
}
