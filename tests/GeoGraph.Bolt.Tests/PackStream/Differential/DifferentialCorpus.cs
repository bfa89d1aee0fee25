using System.Globalization;
using System.Text;

namespace GeoGraph.Bolt.Tests.PackStream.Differential;

/// <summary>
/// Values to pack on both sides: every type, every size-class and integer boundary, and seeded random nested
/// values. Map keys never look like array indices: JavaScript objects would reorder those keys, changing the bytes.
/// </summary>
internal static class DifferentialCorpus
{
    public const int Seed = 20_261_129;

    private static readonly string[] Zones = ["Europe/Stockholm", "Asia/Riyadh", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC", "Africa/Cairo"];

    public static List<object?> Boundaries()
    {
        var values = new List<object?> { null, true, false };
        for (long i = -16; i <= 127; i++)
        {
            values.Add(i);
        }

        foreach (long edge in new[] { 0L, 1L << 7, 1L << 15, 1L << 31, 1L << 62 })
        {
            for (long delta = -2; delta <= 1; delta++)
            {
                values.Add(edge + delta);
                values.Add(-(edge + delta));
            }
        }

        values.AddRange(new object?[] { -17L, -128L, -129L, -32_769L, long.MinValue, long.MinValue + 1, long.MaxValue, long.MaxValue - 1 });
        values.AddRange(new object?[] { 0.0, -0.0, 1.23, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue, double.MinValue, 0.1 });
        values.Add(BitConverter.Int64BitsToDouble(0x7FF8000000000000)); // JavaScript's canonical NaN, sign bit clear

        foreach (int size in new[] { 0, 1, 15, 16, 255, 256, 65_535, 65_536 })
        {
            values.Add(new string('a', size));
            values.Add(new byte[size]);
            values.Add(Enumerable.Range(0, size).Select(i => (object?)(long)(i % 200)).ToList());
            if (size <= 65_536)
            {
                var map = new Dictionary<string, object?>();
                for (int i = 0; i < size; i++)
                {
                    map["k" + i.ToString(CultureInfo.InvariantCulture)] = (long)i;
                }

                values.Add(map);
            }
        }

        values.AddRange(new object?[] { "Größenmaßstäbe", "كازاخستان عضو في منظمة معاهدة الأمن الجماعي", "😀 emoji 𝄞", "\0nul", new string('é', 128) });

        values.AddRange(new object?[]
        {
            new LocalDate(0), new LocalDate(-1), new LocalDate(2024, 2, 29), new LocalDate(-999_999_999, 1, 1), new LocalDate(999_999_999, 12, 31), new LocalDate(0, 1, 1),
            new LocalTime(0), new LocalTime(86_399_999_999_999), new LocalTime(13, 5, 9, 1),
            new OffsetTime(0, 0), new OffsetTime(1, -64_800), new OffsetTime(86_399_999_999_999, 64_800),
            new LocalDateTime(0, 0), new LocalDateTime(-1, 999_999_999), new LocalDateTime(253_402_300_799, 999_999_999),
            new ZonedDateTime(4500, 42, 3600), new ZonedDateTime(-1, 1, -3600), new ZonedDateTime(1_700_000_000, 999_999_999, 20_700),
            new ZonedDateTime(4500, 42, 3600, "Europe/Paris"),
            new Duration(0, 0, 0, 0), new Duration(14, 16, 12, 1), new Duration(-1, -1, -1, 999_999_999), new Duration(long.MaxValue, long.MinValue, long.MaxValue, 0),
            new Point(4326, 18.06, 59.33), new Point(7203, -1.5, double.MaxValue), new Point(4979, 1, 2, 3), new Point(9157, -0.0, 0.5, double.Epsilon),
        });

        var props = new Dictionary<string, object?> { ["name"] = "Kazakhstan", ["population"] = 19_000_000L, ["area"] = 2_724_900.0 };
        Node kz = new(1, "4:db:1", ["Country"], props), csto = new(2, "4:db:2", ["Organization", "Alliance"], new Dictionary<string, object?>());
        var member = new Relationship(7, "5:db:7", 1, "4:db:1", 2, "4:db:2", "MEMBER_OF", new Dictionary<string, object?> { ["since"] = new LocalDate(1992, 5, 15) });
        values.AddRange(new object?[] { kz, csto, member, new UnboundRelationship(8, "5:db:8", "ALLY_OF", props) });
        return values;
    }

    /// <summary>Paths are decoded by the driver but cannot be handed to it to pack, so they only go one way.</summary>
    public static List<object?> Paths(Random random)
    {
        var paths = new List<object?>();
        for (int p = 0; p < 50; p++)
        {
            var nodes = Enumerable.Range(0, random.Next(1, 6)).Select(i => new Node(i, $"n{p}:{i}", ["L" + i], RandomMap(random, 1))).ToList();
            var walk = new List<Node> { nodes[random.Next(nodes.Count)] };
            var relationships = new List<Relationship>();
            var known = new Dictionary<(string, string), Relationship>();
            for (int step = random.Next(0, 5); step > 0; step--)
            {
                var from = walk[^1];
                var to = nodes[random.Next(nodes.Count)];
                // Reuse the relationship between the same pair, walked either way, as real paths do.
                if (!known.TryGetValue((from.ElementId, to.ElementId), out var relationship) && !known.TryGetValue((to.ElementId, from.ElementId), out relationship))
                {
                    long id = 100 + known.Count;
                    relationship = new UnboundRelationship(id, $"r{p}:{id}", "T" + id, RandomMap(random, 1)).Bind(from, to);
                    known[(from.ElementId, to.ElementId)] = relationship;
                }

                relationships.Add(relationship);
                walk.Add(to);
            }

            paths.Add(new Path(walk, relationships));
        }

        return paths;
    }

    public static List<object?> Random(Random random, int count)
    {
        var values = new List<object?>(count);
        for (int i = 0; i < count; i++)
        {
            values.Add(RandomValue(random, 3));
        }

        return values;
    }

    private static object? RandomValue(Random random, int depth)
    {
        int pick = random.Next(depth > 0 ? 20 : 16);
        return pick switch
        {
            0 => null,
            1 => random.Next(2) == 0,
            2 or 3 => RandomInteger(random),
            4 => RandomDouble(random),
            5 or 6 => RandomString(random, random.Next(16) == 0 ? random.Next(300) : random.Next(20)),
            7 => RandomBytes(random),
            8 => new LocalDate(random.NextInt64(-3_000_000, 3_000_000)),
            9 => new LocalTime(random.NextInt64(0, 86_400_000_000_000)),
            10 => new OffsetTime(random.NextInt64(0, 86_400_000_000_000), random.Next(-64_800, 64_801)),
            11 => new LocalDateTime(random.NextInt64(-60_000_000_000, 60_000_000_000), random.Next(1_000_000_000)),
            12 => RandomZoned(random),
            13 => new Duration(RandomInteger(random), RandomInteger(random), RandomInteger(random), random.Next(1_000_000_000)),
            14 => random.Next(2) == 0
                ? new Point(random.Next(), RandomDouble(random), RandomDouble(random))
                : new Point(random.Next(), RandomDouble(random), RandomDouble(random), RandomDouble(random)),
            15 => new Node(RandomInteger(random), RandomString(random, 8), [RandomString(random, 5)], RandomMap(random, 0)),
            16 or 17 => Enumerable.Range(0, ContainerSize(random)).Select(_ => RandomValue(random, depth - 1)).ToList(),
            _ => RandomMap(random, depth - 1),
        };
    }

    private static Dictionary<string, object?> RandomMap(Random random, int depth)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (int n = ContainerSize(random); n > 0; n--)
        {
            // A letter first: JavaScript orders integer-like keys ("12") before others, which would change the bytes.
            map["k" + RandomString(random, random.Next(10))] = RandomValue(random, depth);
        }

        return map;
    }

    // Mostly small, sometimes just past the tiny form (16+), which is where size classes change.
    private static int ContainerSize(Random random) => random.Next(16) == 0 ? random.Next(14, 24) : random.Next(8);

    private static ZonedDateTime RandomZoned(Random random)
    {
        long utc = random.NextInt64(0, 2_100_000_000);
        int nanos = random.Next(1_000_000_000);
        if (random.Next(2) == 0)
        {
            return new ZonedDateTime(utc, nanos, random.Next(-64_800, 64_801));
        }

        string zone = Zones[random.Next(Zones.Length)];
        int offset = ZonedDateTime.FromUtc(utc, nanos, zone).OffsetSeconds ?? throw new InvalidOperationException($"This machine lacks zone {zone}.");
        return new ZonedDateTime(utc, nanos, offset, zone);
    }

    private static long RandomInteger(Random random) => random.Next(4) switch
    {
        0 => random.Next(-16, 128),
        1 => random.Next(short.MinValue, short.MaxValue + 1),
        2 => random.Next(int.MinValue, int.MaxValue),
        _ => random.NextInt64(long.MinValue, long.MaxValue),
    };

    private static double RandomDouble(Random random)
    {
        if (random.Next(2) == 0)
        {
            return Math.Round((random.NextDouble() - 0.5) * 1e6, random.Next(6));
        }

        // Any bit pattern but NaN: NaN payloads are not promised to survive JavaScript's number handling.
        double value = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
        return double.IsNaN(value) ? 0.5 : value;
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(16) == 0 ? random.Next(300) : random.Next(20)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomString(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            int codePoint = random.Next(6) switch
            {
                0 or 1 => random.Next(0x20, 0x7F),
                2 => random.Next(0x0600, 0x0700), // Arabic
                3 => random.Next(0x00A0, 0x0800),
                4 => random.Next(0x4E00, 0x9FFF),
                _ => random.Next(0x1F300, 0x1FAFF), // astral: surrogate pairs in UTF-16, four bytes in UTF-8
            };
            text.Append(char.ConvertFromUtf32(codePoint));
        }

        return text.ToString();
    }
}
