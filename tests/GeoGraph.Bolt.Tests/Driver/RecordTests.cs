using GeoGraph.Bolt.Internal.Driver;
using Record = GeoGraph.Bolt.Internal.Driver.Record;

namespace GeoGraph.Bolt.Tests.Driver;

public class RecordTests
{
    private static readonly RecordKeys Keys = new(["n", "name", "tags", "props", "nothing", "ratio"]);

    private static IRecord Sample() => new Record(Keys,
    [
        42L, "CSTO", new List<object?> { "a", "b" }, new Dictionary<string, object?> { ["x"] = 1L, ["y"] = 2L }, null, 0.5,
    ]);

    [Fact]
    public void Values_are_reachable_by_key_and_index()
    {
        var r = Sample();
        Assert.Equal(42L, r["n"]);
        Assert.Equal("CSTO", r[1]);
        Assert.Equal(["n", "name", "tags", "props", "nothing", "ratio"], r.Keys);
    }

    [Fact]
    public void Unknown_key_names_the_available_columns()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Sample()["missing"]);
        Assert.Contains("n, name", e.Message);
    }

    [Fact]
    public void Get_converts_numbers_lists_and_maps()
    {
        var r = Sample();
        Assert.Equal(42, r.Get<int>("n"));
        Assert.Equal(42.0, r.Get<double>("n"));
        Assert.Equal(0.5f, r.Get<float>("ratio"));
        Assert.Equal(["a", "b"], r.Get<List<string>>("tags"));
        Assert.Equal(["a", "b"], r.Get<string[]>("tags"));
        Assert.Equal(2, r.Get<IReadOnlyDictionary<string, int>>("props")["y"]);
        Assert.Null(r.Get<string?>("nothing"));
        Assert.Null(r.Get<int?>("nothing"));
    }

    [Fact]
    public void Impossible_conversions_say_which_column_and_types()
    {
        var r = new Record(new RecordKeys(["big", "nothing", "name"]), [long.MaxValue, null, "x"]);
        Assert.Contains("big", Assert.Throws<InvalidCastException>(() => r.Get<int>("big")).Message);
        Assert.Contains("null", Assert.Throws<InvalidCastException>(() => r.Get<int>("nothing")).Message);
        Assert.Contains("String", Assert.Throws<InvalidCastException>(() => r.Get<DateTime>("name")).Message);
    }
}
