using System.Text;
using GeoGraph.Bolt.Internal.Auth;
using GeoGraph.Bolt.Internal.IO;
using GeoGraph.Bolt.Internal.Messages;
using GeoGraph.Bolt.Internal.Protocol;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Tests.Protocol;

public class MessageEncodingTests
{
    private static readonly AuthToken Basic = (AuthToken)AuthTokens.Basic("u", "p");

    private static string Encode(RequestMessage message, BoltVersion version)
    {
        using var buffer = new PooledBufferWriter();
        MessageCodec.Encode(message, version, buffer);
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    // Tiny string: marker 0x80 + length, then UTF-8.
    private static string S(string text) => (0x80 + Encoding.UTF8.GetByteCount(text)).ToString("X2") + Convert.ToHexString(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Hello_4_4_carries_user_agent_credentials_and_the_utc_patch()
    {
        Assert.Equal(
            "B101A5" + S("user_agent") + S("UA") + S("scheme") + S("basic") + S("principal") + S("u") + S("credentials") + S("p")
            + S("patch_bolt") + "91" + S("utc"),
            Encode(new HelloMessage("UA", Basic), BoltVersion.V4_4));
    }

    [Fact]
    public void Hello_5_0_still_carries_credentials()
    {
        Assert.Contains(S("credentials") + S("p"), Encode(new HelloMessage("UA", Basic), BoltVersion.V5_0), StringComparison.Ordinal);
    }

    [Fact]
    public void Hello_5_1_has_only_the_user_agent()
    {
        Assert.Equal("B101A1" + S("user_agent") + S("UA"), Encode(new HelloMessage("UA", Basic), BoltVersion.V5_1));
    }

    [Fact]
    public void Hello_5_3_adds_bolt_agent_with_a_product()
    {
        using var buffer = new PooledBufferWriter();
        MessageCodec.Encode(new HelloMessage("UA", Basic), BoltVersion.V5_4, buffer);
        var reader = new PackStreamReader(buffer.WrittenSpan);
        Assert.Equal(1, reader.ReadStructHeader(out var tag));
        Assert.Equal(0x01, tag);
        var extra = reader.ReadMap();
        Assert.Equal(["bolt_agent", "user_agent"], extra.Keys.Order(StringComparer.Ordinal));
        var agent = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(extra["bolt_agent"]);
        Assert.StartsWith("GeoGraph.Bolt/", (string)agent["product"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Logon_carries_scheme_principal_credentials()
    {
        Assert.Equal(
            "B16AA3" + S("scheme") + S("basic") + S("principal") + S("u") + S("credentials") + S("p"),
            Encode(new LogonMessage(Basic), BoltVersion.V5_4));
    }

    [Fact]
    public void Bearer_logon_has_no_principal()
    {
        Assert.Equal(
            "B16AA2" + S("scheme") + S("bearer") + S("credentials") + S("tok"),
            Encode(new LogonMessage((AuthToken)AuthTokens.Bearer("tok")), BoltVersion.V5_4));
    }

    [Theory]
    [InlineData("GOODBYE", "B002")]
    [InlineData("RESET", "B00F")]
    [InlineData("COMMIT", "B012")]
    [InlineData("ROLLBACK", "B013")]
    [InlineData("LOGOFF", "B06B")]
    public void Field_less_messages_are_empty_structures(string name, string hex)
    {
        var message = name switch
        {
            "GOODBYE" => SimpleMessage.Goodbye,
            "RESET" => SimpleMessage.Reset,
            "COMMIT" => SimpleMessage.Commit,
            "ROLLBACK" => SimpleMessage.Rollback,
            _ => SimpleMessage.Logoff,
        };
        Assert.Equal(hex, Encode(message, BoltVersion.V5_4));
    }

    [Fact]
    public void Pull_with_fetch_size_and_last_query_omits_qid()
    {
        Assert.Equal("B13FA1" + S("n") + "02", Encode(new PullMessage(false, 2, -1), BoltVersion.V5_4));
    }

    [Fact]
    public void Pull_all_of_a_named_query_sends_minus_one_and_qid()
    {
        Assert.Equal("B13FA2" + S("n") + "FF" + S("qid") + "03", Encode(new PullMessage(false, -1, 3), BoltVersion.V5_4));
    }

    [Fact]
    public void Discard_uses_tag_2F()
    {
        Assert.Equal("B12FA1" + S("n") + "FF", Encode(new PullMessage(true, -1, -1), BoltVersion.V5_4));
    }

    [Fact]
    public void Run_in_a_transaction_has_an_empty_extra_map()
    {
        var run = new RunMessage("RETURN $x", new Dictionary<string, object?> { ["x"] = 1L }, TransactionExtra.Empty);
        Assert.Equal("B310" + S("RETURN $x") + "A1" + S("x") + "01" + "A0", Encode(run, BoltVersion.V5_4));
    }

    [Fact]
    public void Begin_carries_bookmarks_timeout_metadata_read_mode_and_database()
    {
        var extra = new TransactionExtra(
            Bookmarks.From("bm1"), TimeSpan.FromMilliseconds(1.5), new Dictionary<string, object?> { ["a"] = "b" }, AccessMode.Read, "geo", null);
        Assert.Equal(
            "B111A5" + S("bookmarks") + "91" + S("bm1") + S("tx_timeout") + "02" + S("tx_metadata") + "A1" + S("a") + S("b")
            + S("mode") + S("r") + S("db") + S("geo"),
            Encode(new BeginMessage(extra), BoltVersion.V5_4));
    }

    [Fact]
    public void Write_mode_and_empty_values_are_left_out()
    {
        Assert.Equal("B111A0", Encode(new BeginMessage(TransactionExtra.Empty), BoltVersion.V5_4));
    }

    [Fact]
    public void Decoding_a_failure_gives_its_metadata()
    {
        var response = MessageCodec.Decode(Convert.FromHexString("B17FA1" + S("code") + S("X")), BoltVersion.V5_4);
        Assert.Equal(0x7F, response.Signature);
        Assert.Equal("X", response.Metadata!["code"]);
    }

    [Fact]
    public void Decoding_a_request_message_as_a_response_is_a_protocol_error()
    {
        var e = Assert.Throws<ProtocolException>(() => MessageCodec.Decode(Convert.FromHexString("B00F"), BoltVersion.V5_4));
        Assert.Contains("RESET", e.Message);
    }

    [Fact]
    public void Decoding_bad_packstream_names_the_byte_and_offset()
    {
        var e = Assert.Throws<ProtocolException>(() => MessageCodec.Decode(Convert.FromHexString("B170C7"), BoltVersion.V5_4));
        Assert.Contains("C7", e.Message);
        Assert.Contains("offset 2", e.Message);
    }
}
