using GeoGraph.Bolt.Internal.Protocol;

namespace GeoGraph.Bolt.Tests.Protocol;

public class BoltHandshakeTests
{
    [Fact]
    public void Request_is_the_magic_then_ranges_5_8_to_5_6_and_5_4_to_5_0_then_4_4_then_an_empty_slot()
    {
        Assert.Equal(
            Convert.FromHexString("6060B017" + "00020805" + "00040405" + "00000404" + "00000000"),
            BoltHandshake.Request.ToArray());
    }

    [Fact]
    public void Version_5_5_is_never_offered()
    {
        var request = BoltHandshake.Request.ToArray();
        for (var i = 4; i < 20; i += 4)
        {
            var (range, minor, major) = (request[i + 1], request[i + 2], request[i + 3]);
            Assert.False(major == 5 && minor >= 5 && minor - range <= 5, $"proposal {i / 4} covers 5.5");
        }
    }

    [Theory]
    [InlineData("00000805", 5, 8)]
    [InlineData("00000605", 5, 6)]
    [InlineData("00000405", 5, 4)]
    [InlineData("00000105", 5, 1)]
    [InlineData("00000005", 5, 0)]
    [InlineData("00000404", 4, 4)]
    public void Answer_names_major_and_minor(string hex, int major, int minor)
    {
        Assert.Equal(new BoltVersion(major, minor), BoltHandshake.ParseAnswer(Convert.FromHexString(hex), "h:1"));
    }

    [Fact]
    public void Zero_answer_means_no_common_version_and_lists_what_we_offered()
    {
        var e = Assert.Throws<ServiceUnavailableException>(() => BoltHandshake.ParseAnswer(new byte[4], "db:7687"));
        Assert.Contains("none of the Bolt versions", e.Message);
        Assert.Contains("5.8", e.Message);
    }

    [Fact]
    public void Http_answer_is_recognised_and_explained()
    {
        var e = Assert.Throws<ServiceUnavailableException>(() => BoltHandshake.ParseAnswer("HTTP"u8, "db:7474"));
        Assert.Contains("HTTP", e.Message);
        Assert.Contains("7687", e.Message);
    }

    [Theory]
    [InlineData("00000505")] // 5.5: never offered
    [InlineData("00000304")] // 4.3: not offered
    [InlineData("00000006")] // 6.0: not offered
    [InlineData("01000405")] // junk in the reserved bytes
    public void Versions_we_did_not_offer_are_protocol_errors(string hex)
    {
        Assert.Throws<ProtocolException>(() => BoltHandshake.ParseAnswer(Convert.FromHexString(hex), "h:1"));
    }
}
