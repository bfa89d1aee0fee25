using System.Text.Json.Nodes;
using GeoGraph.Bolt.PackStream;
using static GeoGraph.Bolt.Tests.PackStream.Packing;

namespace GeoGraph.Bolt.Tests.PackStream.Differential;

/// <summary>
/// Differential tests against Neo4j's JavaScript driver (npm neo4j-driver 6.3.0, pinned in node/package-lock.json):
/// the same corpus packed by both must give the same bytes, each side must decode the other's bytes to the same
/// values, for Bolt 5 (UTC date-times, element ids) and Bolt 4.4 (legacy forms). Node runs once for the class.
/// </summary>
public class PackStreamDifferentialTests : IClassFixture<PackStreamDifferentialTests.OracleRun>
{
    private readonly OracleRun _run;

    public PackStreamDifferentialTests(OracleRun run) => _run = run;

    [Fact]
    public void Boundary_values_pack_to_the_drivers_bytes_in_Bolt_5()
    {
        AssertSameBytes(_run.Boundaries, _run.DriverPacked5, 0, PackStreamOptions.Default);
    }

    [Fact]
    public void Random_nested_values_pack_to_the_drivers_bytes_in_Bolt_5()
    {
        AssertSameBytes(_run.RandomValues, _run.DriverPacked5, _run.Boundaries.Count, PackStreamOptions.Default);
    }

    [Fact]
    public void Every_value_packs_to_the_drivers_bytes_in_Bolt_4_4()
    {
        AssertSameBytes([.. _run.Boundaries, .. _run.RandomValues], _run.DriverPacked44, 0, PackStreamOptions.Legacy);
    }

    [Fact]
    public void We_decode_the_drivers_bytes_to_the_values_it_was_given()
    {
        var failures = new List<string>();
        for (int i = 0; i < _run.Packable.Count; i++)
        {
            byte[] bytes = Convert.FromHexString(_run.DriverPacked5[i]!.GetValue<string>());
            if (ValueEquality.Difference(_run.Packable[i], Read(bytes), $"value {i}") is { } difference)
            {
                failures.Add(difference);
            }
        }

        AssertNoFailures(failures, _run.Packable.Count);
    }

    [Fact]
    public void The_driver_decodes_our_bytes_as_we_do_in_Bolt_5()
    {
        AssertDriverDecodesAsWe(_run.DriverUnpacked5, PackStreamOptions.Default);
    }

    [Fact]
    public void The_driver_decodes_our_bytes_as_we_do_in_Bolt_4_4()
    {
        AssertDriverDecodesAsWe(_run.DriverUnpacked44, PackStreamOptions.Legacy);
    }

    [Fact]
    public void The_corpus_covers_every_type_and_thousands_of_random_values()
    {
        Assert.True(_run.RandomValues.Count >= 3_000);
        var types = _run.All.Select(v => v?.GetType().Name ?? "null").ToHashSet();
        foreach (string name in new[] { "null", "Boolean", "Int64", "Double", "String", "Byte[]", "List`1", "Dictionary`2", "LocalDate", "LocalTime", "OffsetTime", "LocalDateTime", "ZonedDateTime", "Duration", "Point", "Node", "Relationship", "UnboundRelationship", "Path" })
        {
            Assert.Contains(name, types);
        }
    }

    private void AssertDriverDecodesAsWe(JsonArray driverDecoded, PackStreamOptions options)
    {
        var failures = new List<string>();
        for (int i = 0; i < _run.All.Count; i++)
        {
            // Compare decoders on the same bytes: what we read back from what we wrote, against what the driver read.
            object? ours = Read(Value(_run.All[i], options), options);
            JsonNode expected = TaggedValue.Of(ours, sortKeys: true);
            JsonNode actual = driverDecoded[i]!;
            DropOffsetsTheDriverCannotKnow(expected, actual);
            string e = TaggedValue.Canonical(expected), a = TaggedValue.Canonical(actual);
            if (e != a)
            {
                failures.Add($"value {i}: we decode {Trim(e)}\n  driver decodes {Trim(a)}");
            }
        }

        AssertNoFailures(failures, _run.All.Count);
    }

    // The Bolt 4.4 driver decodes a zone-id date-time without its offset (it has no zone database); we look it up.
    private static void DropOffsetsTheDriverCannotKnow(JsonNode? expected, JsonNode? actual)
    {
        switch (expected)
        {
            case JsonObject e when actual is JsonObject a:
                if (e["zone"] is not null && a["off"] is null && a["t"]?.GetValue<string>() == "datetime")
                {
                    e.Remove("off");
                }

                foreach (var (key, value) in e.ToList())
                {
                    DropOffsetsTheDriverCannotKnow(value, a[key]);
                }

                break;
            case JsonArray e when actual is JsonArray a:
                for (int i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    DropOffsetsTheDriverCannotKnow(e[i], a[i]);
                }

                break;
        }
    }

    private static void AssertSameBytes(List<object?> values, JsonArray driverHex, int offset, PackStreamOptions options)
    {
        var failures = new List<string>();
        for (int i = 0; i < values.Count; i++)
        {
            string ours = Convert.ToHexString(Value(values[i], options));
            string theirs = driverHex[offset + i]!.GetValue<string>();
            if (ours != theirs)
            {
                failures.Add($"value {offset + i} ({Trim(TaggedValue.Of(values[i], false).ToJsonString())}):\n  ours   {Trim(ours)}\n  driver {Trim(theirs)}");
            }
        }

        AssertNoFailures(failures, values.Count);
    }

    private static void AssertNoFailures(List<string> failures, int total) =>
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} values differ from Neo4j's JavaScript driver:\n{string.Join("\n", failures.Take(5))}");

    private static string Trim(string text) => text.Length <= 400 ? text : text[..400] + "…";

    /// <summary>Builds the corpus and asks the JavaScript driver about all of it in one Node.js process.</summary>
    public sealed class OracleRun : IAsyncLifetime
    {
        public List<object?> Boundaries { get; } = DifferentialCorpus.Boundaries();

        public List<object?> RandomValues { get; } = DifferentialCorpus.Random(new Random(DifferentialCorpus.Seed), 3_000);

        public List<object?> Paths { get; } = DifferentialCorpus.Paths(new Random(DifferentialCorpus.Seed + 1));

        public List<object?> Packable => [.. Boundaries, .. RandomValues];

        public List<object?> All => [.. Boundaries, .. RandomValues, .. Paths];

        public JsonArray DriverPacked5 { get; private set; } = [];

        public JsonArray DriverPacked44 { get; private set; } = [];

        public JsonArray DriverUnpacked5 { get; private set; } = [];

        public JsonArray DriverUnpacked44 { get; private set; } = [];

        public async Task InitializeAsync()
        {
            var packable = Packable;
            var all = All;
            JsonArray Tagged() => new(packable.Select(v => TaggedValue.Of(v, sortKeys: false)).ToArray());
            JsonArray Hex(PackStreamOptions options) => new(all.Select(v => (JsonNode)Convert.ToHexString(Value(v, options))).ToArray());
            var requests = new JsonArray
            {
                new JsonObject { ["op"] = "pack", ["bolt"] = "5", ["values"] = Tagged() },
                new JsonObject { ["op"] = "pack", ["bolt"] = "4.4", ["values"] = Tagged() },
                new JsonObject { ["op"] = "unpack", ["bolt"] = "5", ["values"] = Hex(PackStreamOptions.Default) },
                new JsonObject { ["op"] = "unpack", ["bolt"] = "4.4", ["values"] = Hex(PackStreamOptions.Legacy) },
            };
            var results = await NodeOracle.RunAsync(requests);
            DriverPacked5 = results[0]!.AsArray();
            DriverPacked44 = results[1]!.AsArray();
            DriverUnpacked5 = results[2]!.AsArray();
            DriverUnpacked44 = results[3]!.AsArray();
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
