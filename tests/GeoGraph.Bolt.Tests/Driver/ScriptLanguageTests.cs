using GeoGraph.Bolt.Testing;

namespace GeoGraph.Bolt.Tests.Driver;

public class ScriptLanguageTests
{
    [Fact]
    public void Every_shipped_script_parses()
    {
        var files = Directory.GetFiles(Support.TestPaths.ScriptsFolder, "*.script");
        Assert.True(files.Length >= 15, $"only {files.Length} scripts found");
        foreach (var file in files)
        {
            var script = BoltScript.Load(file);
            Assert.True(script.Items.Count > 0 || script.HandshakeAnswer is not null, file);
        }
    }

    [Fact]
    public void Directives_blocks_and_actions_are_read()
    {
        var script = BoltScript.Parse("""
            !: BOLT 4.4
            !: ALLOW RESET
            !: CONNECTIONS 3
            C: HELLO {"user_agent": *, ...}
            S: SUCCESS {}
            ?{
            C: RESET
            S: SUCCESS {}
            }
            *{
            C: PULL {"n": 2}
            S: SUCCESS {"has_more": true}
            }
            S: <RAW> 00 01 FF
            S: <SLEEP> 25
            S: <NOOP>
            S: <EXIT>
            """);
        Assert.Equal((4, 4), script.Version);
        Assert.True(script.AllowReset);
        Assert.Equal(3, script.Connections);
        Assert.Equal(8, script.Items.Count);
        Assert.False(Assert.IsType<ScriptBlockItem>(script.Items[2]).Repeat);
        Assert.True(Assert.IsType<ScriptBlockItem>(script.Items[3]).Repeat);
        Assert.Equal(new byte[] { 0, 1, 0xFF }, Assert.IsType<ServerActionItem>(script.Items[4]).Raw);
        Assert.Equal(25, Assert.IsType<ServerActionItem>(script.Items[5]).SleepMs);
    }

    [Fact]
    public void Values_keep_integers_and_floats_apart()
    {
        var fields = Assert.IsType<ServerMessageItem>(BoltScript.Parse("S: RECORD [1, 1.0, -3, 2e3, \"x\\n\", null, true, #CAFE]").Items[0]).Fields;
        var list = Assert.IsType<List<object?>>(fields[0]);
        Assert.Equal<object?>([1L, 1.0, -3L, 2000.0, "x\n", null, true], list.Take(7));
        Assert.Equal(new byte[] { 0xCA, 0xFE }, list[7]);
    }

    [Theory]
    [InlineData("{\"a\": 1}", "{\"a\": 1}", true)]
    [InlineData("{\"a\": 1}", "{\"a\": 1, \"b\": 2}", false)]
    [InlineData("{\"a\": 1, ...}", "{\"a\": 1, \"b\": 2}", true)]
    [InlineData("{\"a\"?: 1}", "{}", true)]
    [InlineData("{\"a\"?: 1}", "{\"a\": 2}", false)]
    [InlineData("{\"a\": *}", "{\"a\": [1, 2]}", true)]
    [InlineData("{\"a\": *}", "{}", false)]
    [InlineData("1", "1.0", false)]
    [InlineData("[1, *]", "[1, \"x\"]", true)]
    [InlineData("[1, *]", "[1]", false)]
    public void Patterns_match_by_the_documented_rules(string pattern, string actual, bool matches)
    {
        var p = Assert.IsType<ServerMessageItem>(BoltScript.Parse("S: RECORD " + pattern).Items[0]).Fields[0];
        var a = Assert.IsType<ServerMessageItem>(BoltScript.Parse("S: RECORD " + actual).Items[0]).Fields[0];
        if (a is ScriptMapPattern mp)
        {
            a = mp.Required;
        }

        Assert.Equal(matches, ScriptMatcher.Mismatch(p, a) is null);
    }

    [Theory]
    [InlineData("C: NOPE {}", "unknown message")]
    [InlineData("X: HELLO {}", "unknown line kind")]
    [InlineData("?{\nS: SUCCESS {}\n}", "must start with a C: line")]
    [InlineData("?{\nC: RESET", "never closed")]
    [InlineData("C: HELLO {\"a\" 1}", "expected ':'")]
    [InlineData("!: FLY", "unknown directive")]
    public void Malformed_scripts_are_reported_with_the_line(string text, string why)
    {
        var e = Assert.Throws<FormatException>(() => BoltScript.Parse(text));
        Assert.Contains(why, e.Message);
    }
}
