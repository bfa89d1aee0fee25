using System.Buffers.Binary;
using GeoGraph.Bolt.PackStream;
using static GeoGraph.Bolt.Tests.PackStream.Packing;

namespace GeoGraph.Bolt.Tests.PackStream;

public class PackStreamWriterTests
{
    /// <summary>Vectors quoted from the Bolt docs' PackStream page (neo4j/docs-bolt, packstream/index.adoc).</summary>
    public class SpecVectors
    {
        [Fact]
        public void Null_true_and_false_are_single_markers()
        {
            Assert.Equal("C0", Hex((ref PackStreamWriter w) => w.WriteNull()));
            Assert.Equal("C3", Hex((ref PackStreamWriter w) => w.WriteBoolean(true)));
            Assert.Equal("C2", Hex((ref PackStreamWriter w) => w.WriteBoolean(false)));
        }

        [Fact]
        public void Integer_extremes_use_INT_64()
        {
            Assert.Equal(H("CB 80 00 00 00 00 00 00 00"), HexOf(long.MinValue));
            Assert.Equal(H("CB 7F FF FF FF FF FF FF FF"), HexOf(long.MaxValue));
        }

        [Fact]
        public void Forty_two_is_a_tiny_int()
        {
            Assert.Equal("2A", HexOf(42L));
        }

        [Fact]
        public void Float_1_23_is_C1_and_big_endian_IEEE_754()
        {
            Assert.Equal(H("C1 3F F3 AE 14 7A E1 47 AE"), HexOf(1.23));
        }

        [Fact]
        public void Byte_arrays_have_no_tiny_form()
        {
            Assert.Equal("CC00", HexOf(Array.Empty<byte>()));
            Assert.Equal(H("CC 03 01 02 03"), HexOf(new byte[] { 1, 2, 3 }));
        }

        [Theory]
        [InlineData("", "80")]
        [InlineData("A", "81 41")]
        [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "D0 1A 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 50 51 52 53 54 55 56 57 58 59 5A")]
        [InlineData("Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65")]
        public void Strings_are_sized_by_their_UTF8_bytes(string value, string hex)
        {
            Assert.Equal(H(hex), HexOf(value));
            Assert.Equal(H(hex), Hex((ref PackStreamWriter w) => w.WriteString(value.AsSpan())));
        }

        [Fact]
        public void Lists_from_the_spec()
        {
            Assert.Equal("90", HexOf(new List<object?>()));
            Assert.Equal(H("93 01 02 03"), HexOf(new List<object?> { 1L, 2L, 3L }));
            Assert.Equal(H("93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65"), HexOf(new List<object?> { 1L, 2.0, "three" }));
            Assert.Equal(
                H("D4 28 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10 11 12 13 14 15 16 17 18 19 1A 1B 1C 1D 1E 1F 20 21 22 23 24 25 26 27 28"),
                HexOf(Enumerable.Range(1, 40).Select(i => (object?)(long)i).ToList()));
        }

        [Fact]
        public void Dictionaries_from_the_spec()
        {
            Assert.Equal("A0", HexOf(new Dictionary<string, object?>()));
            Assert.Equal(H("A1 83 6F 6E 65 84 65 69 6E 73"), HexOf(new Dictionary<string, object?> { ["one"] = "eins" }));
            var alphabet = new Dictionary<string, object?>();
            for (int i = 0; i < 26; i++)
            {
                alphabet[((char)('A' + i)).ToString()] = (long)(i + 1);
            }

            Assert.Equal(
                H("""
                  D8 1A
                  81 41 01 81 42 02 81 43 03 81 44 04
                  81 45 05 81 46 06 81 47 07 81 48 08
                  81 49 09 81 4A 0A 81 4B 0B 81 4C 0C
                  81 4D 0D 81 4E 0E 81 4F 0F 81 50 10
                  81 51 11 81 52 12 81 53 13 81 54 14
                  81 55 15 81 56 16 81 57 17 81 58 18
                  81 59 19 81 5A 1A
                  """),
                HexOf(alphabet));
        }

        [Fact]
        public void DateTime_example_1970_01_01T02_15_00_000000042_plus_01_00()
        {
            // Spec: seconds 4500 (UTC), nanoseconds 42, tz_offset_seconds 3600.
            var value = new ZonedDateTime(4500, 42, 3600);
            Assert.Equal(H("B3 49 C9 11 94 2A C9 0E 10"), HexOf(value));
        }

        [Fact]
        public void DateTimeZoneId_example_carries_UTC_seconds_and_the_zone_name()
        {
            var value = ZonedDateTime.FromUtc(4500, 42, "Europe/Paris");
            Assert.Equal(H("B3 69 C9 11 94 2A 8C") + Convert.ToHexString("Europe/Paris"u8), HexOf(value));
        }

        [Fact]
        public void Node_example_has_four_fields_from_Bolt_5()
        {
            var node = new Node(3, "abc123", ["Example", "Node"], new Dictionary<string, object?> { ["name"] = "example" });
            Assert.Equal(
                H("B4 4E 03 92 87 4578616D706C65 84 4E6F6465 A1 84 6E616D65 87 6578616D706C65 86 616263313233"),
                HexOf(node));
            Assert.Equal(
                H("B3 4E 03 92 87 4578616D706C65 84 4E6F6465 A1 84 6E616D65 87 6578616D706C65"),
                HexOf(node, PackStreamOptions.Legacy));
        }

        [Fact]
        public void Relationship_example_has_eight_fields_from_Bolt_5()
        {
            var relationship = new Relationship(11, "abc123", 2, "def456", 3, "ghi789", "KNOWS", new Dictionary<string, object?> { ["name"] = "example" });
            Assert.Equal(
                H("B8 52 0B 02 03 85 4B4E4F5753 A1 84 6E616D65 87 6578616D706C65 86 616263313233 86 646566343536 86 676869373839"),
                HexOf(relationship));
            Assert.StartsWith("B552", HexOf(relationship, PackStreamOptions.Legacy), StringComparison.Ordinal);
        }

        [Fact]
        public void UnboundRelationship_example()
        {
            var relationship = new UnboundRelationship(17, "foo", "KNOWS", new Dictionary<string, object?> { ["name"] = "example" });
            Assert.Equal(H("B4 72 11 85 4B4E4F5753 A1 84 6E616D65 87 6578616D706C65 83 666F6F"), HexOf(relationship));
        }

        [Fact]
        public void Path_example_is_written_as_distinct_nodes_relationships_and_indices()
        {
            // Spec: (42)-[1000]->(69)-[1000]->(42)<-[1001]-(1) is nodes [42, 69, 1], rels [1000, 1001],
            // indices [1, 1, 1, 0, -2, 2].
            var empty = new Dictionary<string, object?>();
            Node n42 = new(42, [], empty), n69 = new(69, [], empty), n1 = new(1, [], empty);
            var r1000 = new UnboundRelationship(1000, "R", empty);
            var r1001 = new UnboundRelationship(1001, "R", empty);
            var path = new Path([n42, n69, n42, n1], [r1000.Bind(n42, n69), r1000.Bind(n69, n42), r1001.Bind(n1, n42)]);
            string expected = H("B3 50 93")
                + HexOf(n42, PackStreamOptions.Legacy) + HexOf(n69, PackStreamOptions.Legacy) + HexOf(n1, PackStreamOptions.Legacy)
                + "92" + HexOf(r1000, PackStreamOptions.Legacy) + HexOf(r1001, PackStreamOptions.Legacy)
                + H("96 01 01 01 00 FE 02");
            Assert.Equal(expected, HexOf(path, PackStreamOptions.Legacy));
        }
    }

    public class CustomValues
    {
        // A row that writes itself with a pre-encoded key, as a bulk loader's rows do.
        private sealed class Row(string id, long count) : IPackStreamWritable
        {
            public void WriteTo(ref PackStreamWriter writer)
            {
                writer.WriteMapHeader(2);
                writer.WriteUtf8String("id"u8);
                writer.WriteString(id);
                writer.WriteString("count");
                writer.WriteValue(count);
            }
        }

        [Fact]
        public void A_writable_value_in_a_list_gives_the_bytes_of_the_same_map()
        {
            var custom = Value(new List<object?> { new Row("kz", 300), null });
            var plain = Value(new List<object?> { new Dictionary<string, object?> { ["id"] = "kz", ["count"] = 300L }, null });

            Assert.Equal(H("92 A2 82 69 64 82 6B 7A 85 63 6F 75 6E 74 C9 01 2C C0"), Convert.ToHexString(custom));
            Assert.Equal(plain, custom);
        }

        [Fact]
        public void A_writable_value_counts_towards_the_nesting_limit()
        {
            var options = new PackStreamOptions { MaxDepth = 1 };
            Assert.Equal(H("A2 82 69 64 82 6B 7A 85 63 6F 75 6E 74 C9 01 2C"), Convert.ToHexString(Value(new Row("kz", 300), options)));
            Assert.Throws<PackStreamException>(() => Value(new List<object?> { new Row("kz", 300) }, options));
        }
    }

    public class Integers
    {
        [Fact]
        public void Every_tiny_int_from_minus_16_to_127_is_its_own_marker()
        {
            for (long i = -16; i <= 127; i++)
            {
                Assert.Equal(new[] { unchecked((byte)i) }, Value(i));
            }
        }

        [Theory]
        [InlineData(-17L, "C8EF")]
        [InlineData(-128L, "C880")]
        [InlineData(-129L, "C9FF7F")]
        [InlineData(128L, "C90080")]
        [InlineData(32767L, "C97FFF")]
        [InlineData(-32768L, "C98000")]
        [InlineData(32768L, "CA00008000")]
        [InlineData(-32769L, "CAFFFF7FFF")]
        [InlineData(2147483647L, "CA7FFFFFFF")]
        [InlineData(-2147483648L, "CA80000000")]
        [InlineData(2147483648L, "CB0000000080000000")]
        [InlineData(-2147483649L, "CBFFFFFFFF7FFFFFFF")]
        [InlineData(long.MaxValue - 1, "CB7FFFFFFFFFFFFFFE")]
        [InlineData(long.MinValue + 1, "CB8000000000000001")]
        public void Edges_pick_the_smallest_width(long value, string hex)
        {
            Assert.Equal(hex, Hex((ref PackStreamWriter w) => w.WriteInteger(value)));
        }

        [Fact]
        public void Widths_change_exactly_at_the_spec_table_boundaries()
        {
            // Range table from the spec: [min, max] -> encoded length.
            (long Min, long Max, int Length)[] table =
            [
                (long.MinValue, -2_147_483_649, 9), (-2_147_483_648, -32_769, 5), (-32_768, -129, 3), (-128, -17, 2),
                (-16, 127, 1), (128, 32_767, 3), (32_768, 2_147_483_647, 5), (2_147_483_648, long.MaxValue, 9),
            ];
            foreach (var (min, max, length) in table)
            {
                foreach (long v in new[] { min, min + 1, max - 1, max })
                {
                    byte[] bytes = Value(v);
                    Assert.True(length == bytes.Length, $"{v} took {bytes.Length} bytes, expected {length}");
                    Assert.Equal(v, new PackStreamReader(bytes).ReadInteger());
                }
            }
        }

        [Fact]
        public void Smaller_CLR_integer_types_are_written_as_the_same_integer()
        {
            Assert.Equal(HexOf(-17L), HexOf((sbyte)-17));
            Assert.Equal(HexOf(200L), HexOf((byte)200));
            Assert.Equal(HexOf(-300L), HexOf((short)-300));
            Assert.Equal(HexOf(65535L), HexOf((ushort)65535));
            Assert.Equal(HexOf(-70000L), HexOf(-70000));
            Assert.Equal(HexOf(4_000_000_000L), HexOf(4_000_000_000u));
            Assert.Equal(HexOf(long.MaxValue), HexOf((ulong)long.MaxValue));
        }

        [Fact]
        public void Ulong_beyond_long_is_refused()
        {
            Assert.Throws<PackStreamException>(() => Value(ulong.MaxValue));
        }
    }

    public class Floats
    {
        [Theory]
        [InlineData(0.0, "C10000000000000000")]
        [InlineData(-0.0, "C18000000000000000")]
        [InlineData(1.0, "C13FF0000000000000")]
        [InlineData(double.PositiveInfinity, "C17FF0000000000000")]
        [InlineData(double.NegativeInfinity, "C1FFF0000000000000")]
        [InlineData(double.Epsilon, "C10000000000000001")]
        [InlineData(double.MaxValue, "C17FEFFFFFFFFFFFFF")]
        public void Doubles_are_written_bit_for_bit(double value, string hex)
        {
            Assert.Equal(hex, HexOf(value));
        }

        [Fact]
        public void Floats_widen_to_double()
        {
            Assert.Equal(HexOf((double)1.5f), HexOf(1.5f));
        }
    }

    public class Sizes
    {
        public static TheoryData<int, string> Boundaries => new()
        {
            { 0, "tiny" }, { 15, "tiny" }, { 16, "8" }, { 255, "8" }, { 256, "16" }, { 65535, "16" }, { 65536, "32" },
        };

        [Theory]
        [MemberData(nameof(Boundaries))]
        public void Strings_switch_size_class_at_16_256_and_65536_bytes(int size, string form)
        {
            byte[] bytes = Value(new string('x', size));
            AssertHeader(bytes, size, form, 0x80, 0xD0, 0xD1, 0xD2);
            Assert.Equal(size, bytes.Length - HeaderLength(form));
            Assert.True(bytes.AsSpan(HeaderLength(form)).IndexOfAnyExcept((byte)'x') < 0);
        }

        [Theory]
        [MemberData(nameof(Boundaries))]
        public void Multibyte_strings_are_sized_in_bytes_not_chars(int size, string form)
        {
            // "é" is two UTF-8 bytes; pad with one ASCII char for odd sizes.
            string text = new string('é', size / 2) + (size % 2 == 1 ? "x" : string.Empty);
            AssertHeader(Value(text), size, form, 0x80, 0xD0, 0xD1, 0xD2);
        }

        [Fact]
        public void Very_long_strings_take_the_counting_path_with_the_same_layout()
        {
            string text = string.Concat(Enumerable.Repeat("é😀a", 100_000)); // 400,000 chars, 700,000 bytes
            byte[] bytes = Value(text);
            Assert.Equal(0xD2, bytes[0]);
            Assert.Equal(700_000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1)));
            Assert.Equal(text, Read(bytes));
        }

        [Theory]
        [MemberData(nameof(Boundaries))]
        public void Byte_arrays_switch_size_class_at_256_and_65536(int size, string form)
        {
            string bytesForm = form == "tiny" ? "8" : form;
            byte[] bytes = Value(new byte[size]);
            AssertHeader(bytes, size, bytesForm, 0, 0xCC, 0xCD, 0xCE);
            Assert.Equal(size + HeaderLength(bytesForm), bytes.Length);
        }

        [Theory]
        [MemberData(nameof(Boundaries))]
        public void Lists_switch_size_class_at_16_256_and_65536_items(int size, string form)
        {
            byte[] bytes = Value(Enumerable.Repeat<object?>(1L, size).ToList());
            AssertHeader(bytes, size, form, 0x90, 0xD4, 0xD5, 0xD6);
            Assert.Equal(size + HeaderLength(form), bytes.Length);
        }

        [Theory]
        [MemberData(nameof(Boundaries))]
        public void Maps_switch_size_class_at_16_256_and_65536_entries(int size, string form)
        {
            var map = new Dictionary<string, object?>();
            for (int i = 0; i < size; i++)
            {
                map[i.ToString("x5", System.Globalization.CultureInfo.InvariantCulture)] = null;
            }

            byte[] bytes = Value(map);
            AssertHeader(bytes, size, form, 0xA0, 0xD8, 0xD9, 0xDA);
            Assert.Equal((size * 7) + HeaderLength(form), bytes.Length); // each entry: 85 + 5 key bytes + C0
        }

        [Theory]
        [MemberData(nameof(Boundaries))]
        public void Headers_written_alone_match_the_value_path(int size, string form)
        {
            Assert.Equal(Convert.ToHexString(Value(Enumerable.Repeat<object?>(null, size).ToList()).AsSpan(0, HeaderLength(form))), Hex((ref PackStreamWriter w) => w.WriteListHeader(size)));
            string mapHeader = Hex((ref PackStreamWriter w) => w.WriteMapHeader(size));
            Assert.Equal(HeaderLength(form) * 2, mapHeader.Length);
        }

        [Fact]
        public void Structures_hold_0_to_15_fields_in_the_tiny_form_only()
        {
            Assert.Equal("B07F", Hex((ref PackStreamWriter w) => w.WriteStructHeader(0, 0x7F)));
            Assert.Equal("BF01", Hex((ref PackStreamWriter w) => w.WriteStructHeader(15, 0x01)));
            Assert.Throws<ArgumentOutOfRangeException>(() => Bytes((ref PackStreamWriter w) => w.WriteStructHeader(16, 0x01)));
            Assert.Throws<ArgumentOutOfRangeException>(() => Bytes((ref PackStreamWriter w) => w.WriteListHeader(-1)));
        }

        private static int HeaderLength(string form) => form switch { "tiny" => 1, "8" => 2, "16" => 3, _ => 5 };

        private static void AssertHeader(byte[] bytes, int size, string form, byte tiny, byte m8, byte m16, byte m32)
        {
            switch (form)
            {
                case "tiny":
                    Assert.Equal((byte)(tiny | size), bytes[0]);
                    break;
                case "8":
                    Assert.Equal([m8, (byte)size], bytes[..2]);
                    break;
                case "16":
                    Assert.Equal(m16, bytes[0]);
                    Assert.Equal(size, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(1)));
                    break;
                default:
                    Assert.Equal(m32, bytes[0]);
                    Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1)));
                    break;
            }
        }
    }

    public class Values
    {
        [Fact]
        public void Temporal_structures_have_their_tags_and_fields()
        {
            Assert.Equal(H("B1 44 C9 4E 20"), HexOf(new LocalDate(20000)));
            Assert.Equal(H("B1 44 F0"), HexOf(new LocalDate(-16)));
            Assert.Equal(H("B1 74 CB 00 00 0B 3A 52 B2 C7 15"), HexOf(new LocalTime(3, 25, 45, 123_456_789)));
            Assert.Equal(H("B2 54 01 C9 E3 E0"), HexOf(new OffsetTime(1, -7200)));
            Assert.Equal(H("B2 64 CA 65 5C 1F 80 00"), HexOf(new LocalDateTime(1_700_536_192, 0)));
            Assert.Equal(H("B4 45 0E 10 C9 A8 C0 CA 3B 9A C9 FF"), HexOf(new Duration(14, 16, -22_336, 999_999_999)));
            Assert.Equal(H("B3 58 C9 10 E6 C1 3F F8 00 00 00 00 00 00 C1 C0 04 00 00 00 00 00 00"), HexOf(new Point(4326, 1.5, -2.5)));
            Assert.Equal(H("B4 59 C9 13 73 C1 00 00 00 00 00 00 00 00 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00"), HexOf(new Point(4979, 0, 1, 2)));
        }

        [Fact]
        public void Zoned_date_times_use_utc_seconds_by_default_and_local_seconds_in_legacy_mode()
        {
            var atOffset = new ZonedDateTime(4500, 42, 3600);
            Assert.Equal(H("B3 49 C9 11 94 2A C9 0E 10"), HexOf(atOffset));
            Assert.Equal(H("B3 46 C9 1F A4 2A C9 0E 10"), HexOf(atOffset, PackStreamOptions.Legacy)); // 4500 + 3600 = 8100
            var inZone = new ZonedDateTime(4500, 42, 3600, "Europe/Paris");
            Assert.Equal(H("B3 66 C9 1F A4 2A 8C") + Convert.ToHexString("Europe/Paris"u8), HexOf(inZone, PackStreamOptions.Legacy));
        }

        [Fact]
        public void Clr_temporal_types_map_onto_bolt_structures()
        {
            Assert.Equal(HexOf(new LocalDate(2024, 2, 29)), HexOf(new DateOnly(2024, 2, 29)));
            Assert.Equal(HexOf(new LocalTime(13, 5, 9, 100)), HexOf(new TimeOnly(13, 5, 9).Add(TimeSpan.FromTicks(1))));
            Assert.Equal(HexOf(new LocalDateTime(86_400, 500)), HexOf(new DateTime(1970, 1, 2, 0, 0, 0, DateTimeKind.Unspecified).AddTicks(5)));
            Assert.Equal(HexOf(new ZonedDateTime(0, 0, 0)), HexOf(DateTime.UnixEpoch));
            Assert.Equal(HexOf(new ZonedDateTime(4500, 0, 3600)), HexOf(new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1))));
            Assert.Equal(HexOf(new Duration(0, 0, 90, 0)), HexOf(TimeSpan.FromSeconds(90)));
        }

        [Fact]
        public void Chars_and_generic_collections_are_accepted()
        {
            Assert.Equal(HexOf("é"), HexOf('é'));
            Assert.Equal(HexOf(new List<object?> { 1L, 2L }), HexOf(new[] { 1, 2 }));
            Assert.Equal(HexOf(new List<object?> { 1L, 2L }), HexOf(Enumerable.Range(1, 2)));
            Assert.Equal(HexOf(new Dictionary<string, object?> { ["a"] = 1L }), HexOf(new Dictionary<string, int> { ["a"] = 1 }));
            Assert.Equal(HexOf(new Dictionary<string, object?> { ["a"] = 1L }), HexOf(new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["a"] = 1L })));
        }

        [Fact]
        public void Values_without_a_packstream_form_are_refused_by_name()
        {
            var e = Assert.Throws<PackStreamException>(() => Value(new object()));
            Assert.Contains("System.Object", e.Message, StringComparison.Ordinal);
            Assert.Throws<PackStreamException>(() => Value(new System.Collections.Hashtable { [1] = "non-string key" }));
        }

        [Fact]
        public void Cyclic_lists_fail_instead_of_overflowing_the_stack()
        {
            var list = new List<object?>();
            list.Add(list);
            var e = Assert.Throws<PackStreamException>(() => Value(list));
            Assert.Contains("deeper", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Lone_surrogates_are_written_as_the_replacement_character()
        {
            Assert.Equal(H("83 EF BF BD"), HexOf("\uD800"));
        }
    }
}
