using GeoGraph.Bolt.Testing;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Cli.Tests.Neo4j;

/// <summary>The Neo4j verbs run in-process against the scripted Bolt server.</summary>
public class Neo4jCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    // LOGON's scheme is left open: CI may export NEO4J_USERNAME/PASSWORD for the integration tests.
    private const string Greeting = """
        !: BOLT 5.4
        !: ALLOW RESET
        C: HELLO {"user_agent": *, ...}
        S: SUCCESS {"server": "Neo4j/5.26.0", "connection_id": "bolt-1"}
        C: LOGON {"scheme": *, ...}
        S: SUCCESS {}

        """;

    private static async Task<CliResult> RunAsync(ScriptedBoltServer server, params string[] args)
    {
        var result = await Cli.RunAsync([.. args, "--neo4j", server.Uri]);
        await server.WaitForCompletionAsync(Timeout);
        return result;
    }

    public class Cypher
    {
        private static string Script(string records) => Greeting + """
            C: RUN "MATCH (c:Country)-[r:MEMBER_OF]->(o) RETURN c.name AS country, o.name AS org, r.mentions AS mentions, r.statuses AS statuses" {"min": 1} {...}
            S: SUCCESS {"fields": ["country", "org", "mentions", "statuses"]}
            C: PULL {"n": *}
            """ + "\n" + records + "\nS: SUCCESS {\"has_more\": false}\n";

        private static readonly string[] Query =
            ["cypher", "MATCH (c:Country)-[r:MEMBER_OF]->(o) RETURN c.name AS country, o.name AS org, r.mentions AS mentions, r.statuses AS statuses", "--param", "min=1"];

        [Fact]
        public async Task Prints_records_as_a_cypher_shell_table()
        {
            await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Script("""
                S: RECORD ["Kazakhstan", "CSTO", 2, ["asserted", "reported"]]
                S: RECORD ["Armenia", null, 1, []]
                """), "cypher-table"));

            var r = await RunAsync(server, Query);

            Assert.Equal(ExitCode.Ok, r.ExitCode);
            Assert.Equal(
                """
                +--------------+--------+----------+--------------------------+
                | country      | org    | mentions | statuses                 |
                +--------------+--------+----------+--------------------------+
                | "Kazakhstan" | "CSTO" | 2        | ["asserted", "reported"] |
                | "Armenia"    | NULL   | 1        | []                       |
                +--------------+--------+----------+--------------------------+

                2 rows

                """.ReplaceLineEndings("\n"),
                r.Output.ReplaceLineEndings("\n"));
        }

        [Fact]
        public async Task Json_prints_one_object_per_record()
        {
            await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Script("""
                S: RECORD ["كازاخستان", "CSTO", 2, ["asserted"]]
                """), "cypher-json"));

            var r = await RunAsync(server, [.. Query, "--json"]);

            Assert.Equal(ExitCode.Ok, r.ExitCode);
            var array = Newtonsoft.Json.Linq.JArray.Parse(r.Output);
            var row = Assert.Single(array);
            Assert.Equal("كازاخستان", (string?)row["country"]);
            Assert.Equal(2L, (long?)row["mentions"]);
            Assert.Equal(["asserted"], row["statuses"]!.Select(t => (string?)t));
        }

        [Fact]
        public async Task Server_error_prints_code_and_message_and_exits_1()
        {
            await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Greeting + """
                C: RUN "MATCH (n RETURN n" {} {...}
                S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETURN'"}
                ?{
                    C: PULL {"n": *}
                    S: IGNORED
                }
                """, "cypher-error"));

            var r = await RunAsync(server, "cypher", "MATCH (n RETURN n");

            Assert.Equal(ExitCode.Failed, r.ExitCode);
            Assert.Contains($"error: Neo4j at {server.Uri} failed: Neo.ClientError.Statement.SyntaxError: Invalid input 'RETURN'", r.Error, StringComparison.Ordinal);
            Assert.Contains("hint: the query was refused", r.Error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--param", "novalue")]
        [InlineData("--param", "=3")]
        public async Task Malformed_param_is_a_usage_error(string option, string value)
        {
            var r = await Cli.RunAsync("cypher", "RETURN $x", option, value, "--neo4j", "bolt://127.0.0.1:1");

            Assert.Equal(ExitCode.Usage, r.ExitCode);
            Assert.Contains("expected NAME=VALUE after '--param'", r.Error, StringComparison.Ordinal);
        }
    }

    public class Init
    {
        [Fact]
        public async Task Applies_every_schema_statement_and_reports_the_count()
        {
            var script = Greeting + string.Concat(Neo4jSchema.Statements.Select(s =>
                $"C: RUN {ScriptFormatter.Format(s)} {{}} {{...}}\nS: SUCCESS {{\"fields\": []}}\nC: PULL {{\"n\": *}}\nS: SUCCESS {{}}\n"));
            await using var server = ScriptedBoltServer.Start(BoltScript.Parse(script, "init"));

            var r = await RunAsync(server, "neo4j", "init");

            Assert.Equal(ExitCode.Ok, r.ExitCode);
            Assert.StartsWith($"Applied 7 schema statements (constraints, indexes, full-text index) to {server.Uri}", r.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Unknown_subcommand_is_a_usage_error()
        {
            var r = await Cli.RunAsync("neo4j", "drop", "--neo4j", "bolt://127.0.0.1:1");

            Assert.Equal(ExitCode.Usage, r.ExitCode);
            Assert.Contains("expected the subcommand 'init', found 'drop'", r.Error, StringComparison.Ordinal);
        }
    }

    public class Ingest
    {
        [Fact]
        public async Task Server_error_during_ingest_names_the_load_file_and_code_and_exits_1()
        {
            using var files = new TestFiles();
            var article = files.Write("en-1.txt", TestFiles.English);
            await using var server = ScriptedBoltServer.Start(BoltScript.Parse(Greeting + """
                C: BEGIN {...}
                S: SUCCESS {}
                C: RUN * {"ids": ["en-1"]} {...}
                S: SUCCESS {"fields": ["id", "text_hash"]}
                C: PULL {"n": *}
                S: SUCCESS {"has_more": false}
                C: RUN * * {...}
                S: FAILURE {"code": "Neo.ClientError.Security.Forbidden", "message": "Writing is not allowed for user 'reader'"}
                ?{
                    C: PULL {"n": *}
                    S: IGNORED
                }
                """, "ingest-error"));

            var r = await RunAsync(server, "ingest", article);

            Assert.Equal(ExitCode.Failed, r.ExitCode);
            Assert.Contains(
                "article 'en-1' not stored: Neo4j failed while running cypher/load/entities.cypher: Neo.ClientError.Security.Forbidden: Writing is not allowed for user 'reader'",
                r.Error, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^failed\s+1$", r.Output);
        }

        [Fact]
        public async Task Unreachable_server_fails_once_with_a_hint_and_exits_1()
        {
            using var files = new TestFiles();
            var article = files.Write("en-1.txt", TestFiles.English);

            // Port 1 on loopback: nothing listens there, so the connection is refused at once.
            var r = await Cli.RunAsync("ingest", article, "--neo4j", "bolt://127.0.0.1:1");

            Assert.Equal(ExitCode.Failed, r.ExitCode);
            Assert.Contains("error: Neo4j at bolt://127.0.0.1:1 failed:", r.Error, StringComparison.Ordinal);
            Assert.Contains("hint: is the server running", r.Error, StringComparison.Ordinal);
        }
    }
}
