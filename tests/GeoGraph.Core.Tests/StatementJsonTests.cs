using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Serialization;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Core.Tests;

public class StatementJsonTests
{
    private static readonly Entity Kz = new("country:KZ", "Kazakhstan", EntityType.Country, new Dictionary<string, string> { ["en"] = "Kazakhstan", ["ar"] = "كازاخستان" });
    private static readonly Entity Csto = new("org:CSTO", "Collective Security Treaty Organization", EntityType.Organization);

    private static Statement Sample() =>
        new("seed", Kz, Predicate.MemberOf, Csto, new Evidence(1, 4, 10, "انضوائ"), "ar.member_of.indiwa")
        {
            Status = StatementStatus.Reported,
            AttributedTo = Kz,
            Qualifiers = new Dictionary<string, string> { ["time"] = "2024-11-27" },
        };

    [Fact]
    public void Writes_the_fields_of_the_eval_contract()
    {
        var o = JObject.Parse(StatementJson.ToJson(Sample()));
        Assert.Equal("seed", o.Value<string>("article"));
        Assert.Equal("MEMBER_OF", o.Value<string>("predicate"));
        Assert.Equal("reported", o.Value<string>("status"));
        Assert.Equal("Kazakhstan", o["subject"]!.Value<string>("name"));
        Assert.Equal("Country", o["subject"]!.Value<string>("type"));
        Assert.Equal("كازاخستان", o["subject"]!["labels"]!.Value<string>("ar"));
        Assert.Equal("Kazakhstan", o["attributed_to"]!.Value<string>("name"));
        Assert.Equal(JTokenType.Null, o["denied_by"]!.Type);
        Assert.Equal("2024-11-27", o["qualifiers"]!.Value<string>("time"));
        Assert.Equal(4, o["evidence"]!.Value<int>("start"));
        Assert.Equal("ar.member_of.indiwa", o.Value<string>("rule"));
    }

    [Fact]
    public void Round_trips_through_parse()
    {
        var s = Sample();
        var back = StatementJson.Parse(StatementJson.ToJson(s));
        Assert.Equal(s.Id, back.Id);
        Assert.Equal(s.Status, back.Status);
        Assert.Equal(s.Qualifiers["time"], back.Qualifiers["time"]);
        Assert.Equal(s.Evidence, back.Evidence);
        Assert.Equal("Kazakhstan", back.AttributedTo!.Name);
    }

    [Fact]
    public void Statement_id_depends_on_content_only()
    {
        var a = Sample();
        var b = Sample() with { Confidence = 0.1 };
        Assert.Equal(a.Id, b.Id);
        var c = new Statement("seed", Csto, Predicate.MemberOf, Kz, a.Evidence, "x");
        Assert.NotEqual(a.Id, c.Id);
        Assert.Equal(32, a.Id.Length);
    }

    [Fact]
    public void Parse_names_what_is_wrong()
    {
        Assert.Contains("not JSON", Assert.Throws<FormatException>(() => StatementJson.Parse("{nope")).Message);
        Assert.Contains("predicate", Assert.Throws<FormatException>(() => StatementJson.Parse("{\"article\":\"a\"}")).Message);
    }
}
