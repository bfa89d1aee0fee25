using System.Buffers;
using CsCheck;
using GeoGraph.Bolt.PackStream;
using static GeoGraph.Bolt.Tests.PackStream.Packing;

namespace GeoGraph.Bolt.Tests.PackStream;

/// <summary>Round-trip and robustness properties over generated values (CsCheck, shrinking on failure).</summary>
public class PackStreamPropertyTests
{
    private static readonly Gen<object?> Scalar = Gen.Frequency<object?>(
        (1, Gen.Bool.Select(_ => (object?)null)),
        (1, Gen.Bool.Select(b => (object?)b)),
        (4, Gen.Long.Select(l => (object?)l)),
        (3, Gen.Long[-40_000, 40_000].Select(l => (object?)l)),
        (2, Gen.Double.Select(d => (object?)d)),
        (4, Gen.String.Select(s => (object?)s)),
        (1, Gen.Char.Array[0, 300].Select(c => (object?)new string(c))),
        (1, Gen.Byte.Array[0, 300].Select(b => (object?)b)),
        (1, Gen.Long[-1_000_000, 1_000_000].Select(d => (object?)new LocalDate(d))),
        (1, Gen.Long[0, 86_399_999_999_999].Select(n => (object?)new LocalTime(n))),
        (1, Gen.Select(Gen.Long[0, 86_399_999_999_999], Gen.Int[-64_800, 64_800], (n, o) => (object?)new OffsetTime(n, o))),
        (1, Gen.Select(Gen.Long[-100_000_000_000, 100_000_000_000], Gen.Int[0, 999_999_999], (s, n) => (object?)new LocalDateTime(s, n))),
        (1, Gen.Select(Gen.Long[-100_000_000_000, 100_000_000_000], Gen.Int[0, 999_999_999], Gen.Int[-64_800, 64_800], (s, n, o) => (object?)new ZonedDateTime(s, n, o))),
        (1, Gen.Select(Gen.Long, Gen.Long, Gen.Long, Gen.Int, (m, d, s, n) => (object?)new Duration(m, d, s, n))),
        (1, Gen.Select(Gen.Int, Gen.Double, Gen.Double, (srid, x, y) => (object?)new Point(srid, x, y))),
        (1, Gen.Select(Gen.Int, Gen.Double, Gen.Double, Gen.Double, (srid, x, y, z) => (object?)new Point(srid, x, y, z))));

    private static readonly Gen<object?> AnyValue = Nested(3);

    private static readonly Gen<Dictionary<string, object?>> Properties =
        Gen.Select(Gen.String[0, 8], Scalar).Array[0, 4].Select(ToMap);

    private static readonly Gen<Node> Nodes = Gen.Select(Gen.Long, Gen.String[1, 10].Array[0, 3], Properties, Gen.String[0, 20],
        (id, labels, props, elementId) => new Node(id, elementId, labels, props));

    [Fact]
    public void Any_value_reads_back_equal()
    {
        AnyValue.Sample(value => ValueEquality.AssertEqual(value, Read(Value(value))), iter: 3_000, seed: "0000000000001");
    }

    [Fact]
    public void Any_integer_reads_back_from_its_smallest_encoding()
    {
        Gen.Long.Sample(
            value =>
            {
                byte[] bytes = Bytes((ref PackStreamWriter w) => w.WriteInteger(value));
                int expected = value switch
                {
                    >= -16 and <= 127 => 1,
                    >= -128 and <= 127 => 2,
                    >= -32_768 and <= 32_767 => 3,
                    >= int.MinValue and <= int.MaxValue => 5,
                    _ => 9,
                };
                Assert.Equal(expected, bytes.Length);
                Assert.Equal(value, new PackStreamReader(bytes).ReadInteger());
            },
            iter: 20_000);
    }

    [Fact]
    public void Graph_entities_read_back_equal_in_both_bolt_generations()
    {
        Gen.Select(Nodes, Nodes, Gen.String[1, 10], Properties, Gen.Long).Sample(
            (a, other, type, props, id) =>
            {
                // Element ids identify entities, and a path's wire form shares entities by them: keep the two apart.
                var b = new Node(other.Id, "b" + other.ElementId, other.Labels, other.Properties);
                a = new Node(a.Id, "a" + a.ElementId, a.Labels, a.Properties);
                var relationship = new UnboundRelationship(id, "r" + id, type, props).Bind(a, b);
                var path = new Path([a, b, a], [relationship, relationship]);
                foreach (var value in new object[] { a, relationship, path })
                {
                    ValueEquality.AssertEqual(value, Read(Value(value)));
                }

                var legacyNode = (Node)Read(Value(a, PackStreamOptions.Legacy))!;
                Assert.Equal(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), legacyNode.ElementId);
            },
            iter: 500);
    }

    [Fact]
    public void Skip_consumes_exactly_the_bytes_ReadValue_consumes()
    {
        AnyValue.Sample(
            value =>
            {
                byte[] bytes = [.. Value(value), 0x2A];
                var reader = new PackStreamReader(bytes);
                reader.Skip();
                Assert.Equal(bytes.Length - 1, reader.Position);
            },
            iter: 1_000);
    }

    [Fact]
    public void Every_truncation_of_a_valid_message_fails_with_a_PackStreamException()
    {
        Gen.Select(AnyValue, Gen.Int[0, int.MaxValue]).Sample(
            (value, cut) =>
            {
                byte[] bytes = Value(value);
                if (bytes.Length < 2)
                {
                    return;
                }

                byte[] truncated = bytes[..(cut % (bytes.Length - 1) + 1)];
                var e = ReadError(truncated);
                Assert.InRange(e.Offset, 0, truncated.Length);
            },
            iter: 1_000);
    }

    [Fact]
    public void Random_bytes_never_escape_as_anything_but_PackStreamException()
    {
        Gen.Byte.Array[0, 64].Sample(
            bytes =>
            {
                try
                {
                    var reader = new PackStreamReader(bytes);
                    while (!reader.IsAtEnd)
                    {
                        reader.ReadValue();
                    }
                }
                catch (PackStreamException e)
                {
                    Assert.InRange(e.Offset, 0, bytes.Length);
                }
            },
            iter: 20_000);
    }

    [Fact]
    public void Writing_into_a_small_buffer_writer_gives_the_same_bytes()
    {
        // A writer that hands out exactly what is asked for catches any write past GetSpan's sizeHint.
        AnyValue.Sample(
            value =>
            {
                var tight = new ExactBufferWriter();
                var writer = new PackStreamWriter(tight);
                writer.WriteValue(value);
                Assert.Equal(Value(value), tight.Written.ToArray());
            },
            iter: 500);
    }

    private static Gen<object?> Nested(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency<object?>(
            (6, Scalar),
            (1, Nested(depth - 1).List[0, 20].Select(l => (object?)l)),
            (1, Gen.Select(Gen.String[0, 12], Nested(depth - 1)).Array[0, 20].Select(e => (object?)ToMap(e))));

    private static Dictionary<string, object?> ToMap((string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    private sealed class ExactBufferWriter : IBufferWriter<byte>
    {
        private byte[] _buffer = new byte[16];
        private int _count;
        private int _lastHint;

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _count);

        public void Advance(int count)
        {
            Assert.InRange(count, 0, _lastHint);
            _count += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => throw new NotSupportedException();

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            _lastHint = Math.Max(sizeHint, 1);
            if (_buffer.Length - _count < _lastHint)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _count + _lastHint));
            }

            return _buffer.AsSpan(_count, _lastHint);
        }
    }
}
