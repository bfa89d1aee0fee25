using System.Buffers;
using BenchmarkDotNet.Attributes;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Benchmarks.Bolt;

/// <summary>
/// PackStream throughput: writing a batch of 10,000 statement maps (the loader's UNWIND parameter) and reading
/// 100,000 records. Divide <see cref="WriteBatchBytes"/> or <see cref="ReadBatchBytes"/> by the mean time for MB/s;
/// the setup prints both. Allocations per operation come from the memory diagnoser.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PackStreamBenchmarks
{
    private const int Statements = 10_000;
    private const int Records = 100_000;

    private readonly ArrayBufferWriter<byte> _output = new(4 * 1024 * 1024);
    private Dictionary<string, object?>[] _statements = [];
    private StatementRow[] _rows = [];
    private byte[] _records = [];

    /// <summary>Bytes one write batch produces.</summary>
    public int WriteBatchBytes { get; private set; }

    /// <summary>Bytes of the record batch read.</summary>
    public int ReadBatchBytes => _records.Length;

    /// <summary>Builds the statements and the encoded records.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] predicates = ["MEMBER_OF", "LOCATED_IN", "LEADER_OF", "ALLY_OF", "SANCTIONED"];
        _statements = new Dictionary<string, object?>[Statements];
        for (int i = 0; i < Statements; i++)
        {
            _statements[i] = new Dictionary<string, object?>
            {
                ["id"] = $"st-{i:x8}-{random.Next():x8}",
                ["subject"] = "Q" + random.Next(1, 9_999_999),
                ["predicate"] = predicates[i % predicates.Length],
                ["object"] = "Q" + random.Next(1, 9_999_999),
                ["confidence"] = random.NextDouble(),
                ["sentence"] = (long)random.Next(0, 400),
                ["start"] = (long)random.Next(0, 60_000),
                ["qualifiers"] = new Dictionary<string, object?> { ["status"] = "asserted", ["year"] = (long)random.Next(1990, 2026) },
            };
        }

        var buffer = new ArrayBufferWriter<byte>();
        var writer = new PackStreamWriter(buffer);
        for (int i = 0; i < Records; i++)
        {
            // RECORD fields: [id, name, score, active, null, [tags], {props}]
            writer.WriteListHeader(7);
            writer.WriteInteger(random.NextInt64(0, 1L << 40));
            writer.WriteString("Entity name " + (i % 1000));
            writer.WriteFloat(random.NextDouble());
            writer.WriteBoolean(i % 2 == 0);
            writer.WriteNull();
            writer.WriteListHeader(2);
            writer.WriteString("Country");
            writer.WriteString("Member");
            writer.WriteMapHeader(2);
            writer.WriteString("rank");
            writer.WriteInteger(i % 300);
            writer.WriteString("lang");
            writer.WriteString("ar");
        }

        _rows = _statements.Select(s => new StatementRow(
            (string)s["id"]!, (string)s["subject"]!, (string)s["predicate"]!, (string)s["object"]!, (double)s["confidence"]!,
            (long)s["sentence"]!, (long)s["start"]!, "asserted", (long)((Dictionary<string, object?>)s["qualifiers"]!)["year"]!)).ToArray();
        _records = buffer.WrittenSpan.ToArray();
        WriteBatchBytes = WriteTyped();
        Console.WriteLine($"// write batch: {WriteBatchBytes:N0} bytes; read batch: {ReadBatchBytes:N0} bytes");
    }

    /// <summary>10,000 statement maps from typed rows through the typed methods (the loader's path).</summary>
    /// <returns>Bytes written.</returns>
    [Benchmark]
    public int WriteTyped()
    {
        _output.ResetWrittenCount();
        var writer = new PackStreamWriter(_output);
        writer.WriteListHeader(_rows.Length);
        foreach (var row in _rows)
        {
            writer.WriteMapHeader(8);
            writer.WriteString("id");
            writer.WriteString(row.Id);
            writer.WriteString("subject");
            writer.WriteString(row.Subject);
            writer.WriteString("predicate");
            writer.WriteString(row.Predicate);
            writer.WriteString("object");
            writer.WriteString(row.Object);
            writer.WriteString("confidence");
            writer.WriteFloat(row.Confidence);
            writer.WriteString("sentence");
            writer.WriteInteger(row.Sentence);
            writer.WriteString("start");
            writer.WriteInteger(row.Start);
            writer.WriteString("qualifiers");
            writer.WriteMapHeader(2);
            writer.WriteString("status");
            writer.WriteString(row.Status);
            writer.WriteString("year");
            writer.WriteInteger(row.Year);
        }

        return _output.WrittenCount;
    }

    /// <summary>The same batch through WriteValue over the dictionaries (the parameter path).</summary>
    /// <returns>Bytes written.</returns>
    [Benchmark]
    public int WriteValue()
    {
        _output.ResetWrittenCount();
        var writer = new PackStreamWriter(_output);
        writer.WriteValue(_statements);
        return _output.WrittenCount;
    }

    /// <summary>100,000 records read into the value model (lists, boxed values, maps).</summary>
    /// <returns>Values read.</returns>
    [Benchmark]
    public int ReadValue()
    {
        var reader = new PackStreamReader(_records);
        int count = 0;
        while (!reader.IsAtEnd)
        {
            count += ((IReadOnlyList<object?>)reader.ReadValue()!).Count;
        }

        return count;
    }

    /// <summary>The same records read field by field without building values (strings as UTF-8 spans).</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public long ReadTyped()
    {
        var reader = new PackStreamReader(_records);
        long sum = 0;
        while (!reader.IsAtEnd)
        {
            reader.ReadListHeader();
            sum += reader.ReadInteger();
            sum += reader.ReadUtf8String().Length;
            sum += (long)reader.ReadFloat();
            sum += reader.ReadBoolean() ? 1 : 0;
            reader.ReadNull();
            for (int n = reader.ReadListHeader(); n > 0; n--)
            {
                sum += reader.ReadUtf8String().Length;
            }

            for (int n = reader.ReadMapHeader(); n > 0; n--)
            {
                reader.ReadUtf8String();
                reader.Skip();
            }
        }

        return sum;
    }

    private sealed record StatementRow(
        string Id, string Subject, string Predicate, string Object, double Confidence, long Sentence, long Start, string Status, long Year);
}
