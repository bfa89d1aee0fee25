using GeoGraph.Bolt.PackStream;
using static GeoGraph.Bolt.Tests.PackStream.Packing;

namespace GeoGraph.Bolt.Tests.PackStream;

public class PackStreamReaderTests
{
    public class SpecVectors
    {
        [Theory]
        [InlineData("2A")]
        [InlineData("C8 2A")]
        [InlineData("C9 00 2A")]
        [InlineData("CA 00 00 00 2A")]
        [InlineData("CB 00 00 00 00 00 00 00 2A")]
        public void Every_integer_width_reads_back_42(string hex)
        {
            Assert.Equal(42L, Read(FromHex(hex)));
        }

        [Fact]
        public void Scalars_read_to_the_value_model()
        {
            Assert.Null(Read(FromHex("C0")));
            Assert.Equal(true, Read(FromHex("C3")));
            Assert.Equal(false, Read(FromHex("C2")));
            Assert.Equal(1.23, Read(FromHex("C1 3F F3 AE 14 7A E1 47 AE")));
            Assert.Equal(long.MinValue, Read(FromHex("CB 80 00 00 00 00 00 00 00")));
            Assert.Equal(-1L, Read(FromHex("FF")));
            Assert.Equal(-16L, Read(FromHex("F0")));
            Assert.Equal(new byte[] { 1, 2, 3 }, Read(FromHex("CC 03 01 02 03")));
            Assert.Equal("Größenmaßstäbe", Read(FromHex("D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65")));
        }

        [Fact]
        public void Wider_size_forms_than_needed_are_still_read()
        {
            Assert.Equal("A", Read(FromHex("D1 00 01 41")));
            Assert.Equal("A", Read(FromHex("D2 00 00 00 01 41")));
            ValueEquality.AssertEqual(new List<object?> { 1L }, Read(FromHex("D6 00 00 00 01 01")));
            ValueEquality.AssertEqual(new Dictionary<string, object?> { ["a"] = 1L }, Read(FromHex("DA 00 00 00 01 81 61 01")));
            Assert.Equal(new byte[] { 9 }, Read(FromHex("CE 00 00 00 01 09")));
        }

        [Fact]
        public void Mixed_list_from_the_spec()
        {
            ValueEquality.AssertEqual(new List<object?> { 1L, 2.0, "three" }, Read(FromHex("93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65")));
        }

        [Fact]
        public void A_repeated_map_key_keeps_the_last_value()
        {
            // Spec: [("key_1", 1), ("key_2", 2), ("key_1", 3)] -> {"key_1": 3, "key_2": 2}
            var bytes = FromHex("A3 85 6B65795F31 01 85 6B65795F32 02 85 6B65795F31 03");
            ValueEquality.AssertEqual(new Dictionary<string, object?> { ["key_1"] = 3L, ["key_2"] = 2L }, Read(bytes));
        }

        [Fact]
        public void DateTime_and_DateTimeZoneId_examples_decode_to_the_same_instant()
        {
            var atOffset = (ZonedDateTime)Read(FromHex("B3 49 C9 11 94 2A C9 0E 10"))!;
            Assert.Equal(4500, atOffset.UtcEpochSeconds);
            Assert.Equal(8100, atOffset.LocalEpochSeconds);
            Assert.Equal(42, atOffset.Nanosecond);
            Assert.Equal("1970-01-01T02:15:00.000000042+01:00", atOffset.ToString());

            var inZone = (ZonedDateTime)Read(FromHex("B3 69 C9 11 94 2A 8C" + Convert.ToHexString("Europe/Paris"u8)))!;
            Assert.Equal("Europe/Paris", inZone.ZoneId);
            Assert.Equal(4500, inZone.UtcEpochSeconds);
            Assert.Equal(3600, inZone.OffsetSeconds); // from this machine's zone data
            Assert.Equal(atOffset.ToDateTimeOffset(), inZone.ToDateTimeOffset());
        }

        [Fact]
        public void Legacy_date_times_carry_local_seconds()
        {
            var legacy = (ZonedDateTime)Read(FromHex("B3 46 C9 1F A4 2A C9 0E 10"))!;
            Assert.Equal(new ZonedDateTime(4500, 42, 3600), legacy);
            var legacyZone = (ZonedDateTime)Read(FromHex("B3 66 C9 1F A4 2A 8C" + Convert.ToHexString("Europe/Paris"u8)))!;
            Assert.Equal(new ZonedDateTime(4500, 42, 3600, "Europe/Paris"), legacyZone);
        }

        [Fact]
        public void Node_with_and_without_element_id()
        {
            var bolt5 = (Node)Read(FromHex("B4 4E 03 92 87 4578616D706C65 84 4E6F6465 A1 84 6E616D65 87 6578616D706C65 86 616263313233"))!;
            Assert.Equal(3, bolt5.Id);
            Assert.Equal("abc123", bolt5.ElementId);
            Assert.Equal(["Example", "Node"], bolt5.Labels);
            Assert.Equal("example", bolt5.Properties["name"]);

            var bolt4 = (Node)Read(FromHex("B3 4E 03 90 A0"))!;
            Assert.Equal("3", bolt4.ElementId);
        }

        [Fact]
        public void Relationship_with_and_without_element_ids()
        {
            var bolt5 = (Relationship)Read(FromHex("B8 52 0B 02 03 85 4B4E4F5753 A1 84 6E616D65 87 6578616D706C65 86 616263313233 86 646566343536 86 676869373839"))!;
            Assert.Equal((11L, "abc123", 2L, "def456", 3L, "ghi789", "KNOWS"), (bolt5.Id, bolt5.ElementId, bolt5.StartNodeId, bolt5.StartNodeElementId, bolt5.EndNodeId, bolt5.EndNodeElementId, bolt5.Type));
            var bolt4 = (Relationship)Read(FromHex("B5 52 0B 02 03 85 4B4E4F5753 A0"))!;
            Assert.Equal(("11", "2", "3"), (bolt4.ElementId, bolt4.StartNodeElementId, bolt4.EndNodeElementId));
        }

        [Fact]
        public void Path_example_expands_indices_into_the_walk()
        {
            // (42)-[1000]->(69)-[1000]->(42)<-[1001]-(1): nodes [42, 69, 1], rels [1000, 1001], indices [1, 1, 1, 0, -2, 2].
            string hex = "B3 50 93 B3 4E 2A 90 A0 B3 4E 45 90 A0 B3 4E 01 90 A0 92 B3 72 C9 03 E8 81 52 A0 B3 72 C9 03 E9 81 52 A0 96 01 01 01 00 FE 02";
            var path = (Path)Read(FromHex(hex))!;
            Assert.Equal([42L, 69L, 42L, 1L], path.Nodes.Select(n => n.Id));
            Assert.Equal([1000L, 1000L, 1001L], path.Relationships.Select(r => r.Id));
            Assert.Equal([(42L, 69L), (69L, 42L), (1L, 42L)], path.Relationships.Select(r => (r.StartNodeId, r.EndNodeId)));
            Assert.Equal("(42)-[1000:R]->(69)-[1000:R]->(42)<-[1001:R]-(1)", path.ToString());
            // And the writer produces the same bytes back.
            Assert.Equal(H(hex), HexOf(path, PackStreamOptions.Legacy));
        }

        [Fact]
        public void Temporal_and_spatial_structures_decode()
        {
            Assert.Equal(new LocalDate(20000), Read(FromHex("B1 44 C9 4E 20")));
            Assert.Equal(new LocalTime(12_345_123_456_789), Read(FromHex("B1 74 CB 00 00 0B 3A 52 B2 C7 15")));
            Assert.Equal(new OffsetTime(1, -7200), Read(FromHex("B2 54 01 C9 E3 E0")));
            Assert.Equal(new LocalDateTime(1_700_536_192, 0), Read(FromHex("B2 64 CA 65 5C 1F 80 00")));
            Assert.Equal(new Duration(14, 16, -22_336, 999_999_999), Read(FromHex("B4 45 0E 10 C9 A8 C0 CA 3B 9A C9 FF")));
            Assert.Equal(new Point(4326, 1.5, -2.5), Read(FromHex("B3 58 C9 10 E6 C1 3F F8 00 00 00 00 00 00 C1 C0 04 00 00 00 00 00 00")));
        }
    }

    public class TypedReads
    {
        [Fact]
        public void PeekType_names_every_marker_family_without_consuming()
        {
            (string Hex, PackStreamType Type)[] cases =
            [
                ("C0", PackStreamType.Null), ("C3", PackStreamType.Boolean), ("7F", PackStreamType.Integer), ("F0", PackStreamType.Integer),
                ("CB", PackStreamType.Integer), ("C1", PackStreamType.Float), ("CC", PackStreamType.Bytes), ("8F", PackStreamType.String),
                ("D2", PackStreamType.String), ("9F", PackStreamType.List), ("D6", PackStreamType.List), ("AF", PackStreamType.Map),
                ("DA", PackStreamType.Map), ("B0", PackStreamType.Structure), ("BF", PackStreamType.Structure),
            ];
            foreach (var (hex, type) in cases)
            {
                var reader = new PackStreamReader(FromHex(hex));
                Assert.Equal(type, reader.PeekType());
                Assert.Equal(0, reader.Position);
            }
        }

        [Fact]
        public void A_message_reads_field_by_field()
        {
            // SUCCESS {"fields": ["n"], "t_first": 3} as the connection layer will read it.
            byte[] message = FromHex("B1 70 A2 86 6669656C6473 91 81 6E 87 745F6669727374 03");
            var reader = new PackStreamReader(message);
            Assert.Equal(1, reader.ReadStructHeader(out byte tag));
            Assert.Equal(0x70, tag);
            Assert.Equal(2, reader.ReadMapHeader());
            Assert.Equal("fields", reader.ReadString());
            Assert.Equal(1, reader.ReadListHeader());
            Assert.True(reader.ReadUtf8String().SequenceEqual("n"u8));
            Assert.True(reader.ReadUtf8String().SequenceEqual("t_first"u8));
            Assert.Equal(3, reader.ReadInteger());
            Assert.True(reader.IsAtEnd);
        }

        [Fact]
        public void Skip_passes_over_any_value()
        {
            byte[] message = FromHex("93 B3 4E 01 90 A0 A1 81 61 92 C3 CC 01 FF 2A");
            var reader = new PackStreamReader(message);
            Assert.Equal(3, reader.ReadListHeader());
            reader.Skip();
            reader.Skip();
            Assert.Equal(42, reader.ReadInteger());
            Assert.True(reader.IsAtEnd);
        }
    }

    public class Errors
    {
        [Theory]
        [InlineData("C4", 0)]
        [InlineData("C7", 0)]
        [InlineData("CF", 0)]
        [InlineData("D3", 0)]
        [InlineData("D7", 0)]
        [InlineData("DB", 0)]
        [InlineData("DC 01 4E", 0)]
        [InlineData("EF", 0)]
        [InlineData("92 01 E0", 2)]
        public void Unknown_markers_are_named_with_their_offset(string hex, int offset)
        {
            var e = ReadError(FromHex(hex));
            byte marker = FromHex(hex)[offset];
            Assert.Equal(marker, e.Marker);
            Assert.Equal(offset, e.Offset);
            Assert.Contains($"0x{marker:X2}", e.Message, StringComparison.Ordinal);
            Assert.Contains($"offset {offset}", e.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("C8", 0)]
        [InlineData("C9 00", 0)]
        [InlineData("CB 00 00 00 00 00 00 00", 0)]
        [InlineData("C1 3F F3", 0)]
        [InlineData("85 41 42", 0)]
        [InlineData("D0", 0)]
        [InlineData("D1 00", 0)]
        [InlineData("CC 04 01", 0)]
        [InlineData("92 01 CA 00", 2)]
        [InlineData("A1 81 61 D0 05 41", 3)]
        [InlineData("B4 4E 01 90 A0 84", 5)]
        public void Truncated_values_name_the_marker_they_started_at(string hex, int offset)
        {
            var e = ReadError(FromHex(hex));
            Assert.Equal(offset, e.Offset);
            Assert.Equal(FromHex(hex)[offset], e.Marker);
            Assert.Contains($"offset {offset}", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_list_whose_items_run_past_the_end_names_where_the_message_ends()
        {
            var e = ReadError(FromHex("93 01 02"));
            Assert.Equal(0, e.Offset); // three items declared, only two bytes remain: refused at the header
            var empty = ReadError([]);
            Assert.Null(empty.Marker);
            Assert.Equal(0, empty.Offset);
            Assert.Contains("ends at offset 0", empty.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Hostile_declared_sizes_are_refused_before_allocating()
        {
            // A 2 GiB string, list and map declared in a 5-byte message.
            foreach (string hex in new[] { "D2 7F FF FF FF", "D6 7F FF FF FF", "DA 7F FF FF FF", "CE 7F FF FF FF", "D2 FF FF FF FF" })
            {
                var e = ReadError(FromHex(hex));
                Assert.Equal(0, e.Offset);
                Assert.Equal(FromHex(hex)[0], e.Marker);
            }
        }

        [Fact]
        public void Configured_limits_apply_even_when_the_bytes_are_there()
        {
            var strict = new PackStreamOptions { MaxStringBytes = 3, MaxBytesLength = 3, MaxListSize = 3, MaxMapSize = 1 };
            Assert.Equal("abc", Read(FromHex("83 616263"), strict));
            var e = ReadError(FromHex("84 61626364"), strict);
            Assert.Contains("limit of 3", e.Message, StringComparison.Ordinal);
            ReadError(FromHex("CC 04 01020304"), strict);
            ReadError(FromHex("94 01 01 01 01"), strict);
            ReadError(FromHex("A2 81 61 01 81 62 02"), strict);
        }

        [Fact]
        public void Deep_nesting_is_refused_at_the_configured_depth()
        {
            byte[] deep = Enumerable.Repeat((byte)0x91, 300).Append((byte)0xC0).ToArray();
            var e = ReadError(deep);
            Assert.Contains("deeper", e.Message, StringComparison.Ordinal);
            Assert.Equal(256, e.Offset); // the 257th list
            Assert.NotNull(Read(deep, new PackStreamOptions { MaxDepth = 300 }));
        }

        [Fact]
        public void Wrong_type_in_a_typed_read_says_what_was_found()
        {
            var reader = new PackStreamReader(FromHex("01 85 6869686968"));
            reader.ReadInteger();
            PackStreamException? caught = null;
            try
            {
                reader.ReadInteger();
            }
            catch (PackStreamException e)
            {
                caught = e;
            }

            Assert.NotNull(caught);
            Assert.Equal(1, caught.Offset);
            Assert.Contains("String where a Integer was expected", caught.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("B2 4E 01 90", "with 2 fields")]
        [InlineData("B1 7A 01", "tag 0x7A")]
        [InlineData("A1 01 01", "String")]
        [InlineData("B1 74 CB 00 00 4E 94 91 4F 00 00", "nanoseconds of the day")]
        [InlineData("B3 50 90 90 90", "at least one node")]
        [InlineData("B3 50 91 B3 4E 01 90 A0 90 92 01 00", "outside 0 relationships")]
        [InlineData("B3 50 91 01 90 90", "Integer where a Structure was expected")]
        [InlineData("B3 58 CB 00 00 00 01 00 00 00 00 C1 00 00 00 00 00 00 00 00 C1 00 00 00 00 00 00 00 00", "32-bit")]
        public void Malformed_structures_are_refused_with_a_reason(string hex, string reason)
        {
            var e = ReadError(FromHex(hex));
            Assert.Contains(reason, e.Message, StringComparison.Ordinal);
            Assert.True(e.Offset >= 0 && e.Offset < FromHex(hex).Length);
        }
    }
}
