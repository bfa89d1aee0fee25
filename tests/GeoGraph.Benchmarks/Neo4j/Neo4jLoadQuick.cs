using System.Diagnostics;
using System.Globalization;
using GeoGraph.Bolt;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Benchmarks.Neo4j;

/// <summary>
/// A quick throughput check without BenchmarkDotNet's many iterations (the machine is shared):
/// <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- neo4j-load [statements] [rounds] [bolt://host:port|-] [batch size]</c>,
/// the last argument naming an ack server in another process (<c>neo4j-ack-server</c>) to measure the client's CPU alone. Prints
/// statements/s by wall clock and by the process's CPU time; on a busy machine the CPU figure is the fairer one.
/// </summary>
internal static class Neo4jLoadQuick
{
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        var statements = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var rounds = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        // A third argument points at an ack server in another process (`neo4j-ack-server`), so this process's CPU time
        // is the client's alone.
        var external = args.Count > 2 && args[2] != "-" ? args[2] : null;
        var batchSize = args.Count > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : Neo4jSinkOptions.DefaultBatchSize;
        var corpus = Neo4jLoadBenchmarks.Corpus(statements);
        await using var server = external is null ? new AckBoltServer() : null;
        await using var driver = GraphDatabase.Driver(external ?? server!.Uri, AuthTokens.None);
        await using var sink = Neo4jGraphSink.Create(driver, options: new Neo4jSinkOptions { BatchSize = batchSize });
        await sink.WriteAsync(corpus); // warm-up: JIT, connection, buffers

        var process = Process.GetCurrentProcess();
        for (var round = 1; round <= rounds; round++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await sink.WriteAsync(corpus);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpu0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {result.StatementsWritten:N0} statements in {clock.Elapsed.TotalMilliseconds:F0} ms = {result.StatementsWritten / clock.Elapsed.TotalSeconds:N0}/s wall; " +
                $"CPU {cpu.TotalMilliseconds:F0} ms ({(server is null ? "client alone" : "client and ack server")}) = {result.StatementsWritten / cpu.TotalSeconds:N0}/s per CPU-second"));
        }

        // The share of building rows alone (no encoding, no socket).
        var rowsClock = Stopwatch.StartNew();
        process.Refresh();
        var rowsCpu0 = process.TotalProcessorTime;
        var rows = corpus.Select(ArticleLoad.Of).Sum(a => a.StatementRows.Count);
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"building the rows of {rows:N0} statements alone: {rowsClock.Elapsed.TotalMilliseconds:F0} ms wall, CPU {(process.TotalProcessorTime - rowsCpu0).TotalMilliseconds:F0} ms"));
        // The share of PackStream encoding alone: the same rows into one growing buffer, no chunking, no socket.
        var loads = corpus.Select(ArticleLoad.Of).ToList();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 << 20);
        process.Refresh();
        var encodeCpu0 = process.TotalProcessorTime;
        var encodeClock = Stopwatch.StartNew();
        foreach (var load in loads)
        {
            var writer = new GeoGraph.Bolt.PackStream.PackStreamWriter(buffer);
            writer.WriteValue(load.StatementRows);
        }

        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"encoding those rows alone: {buffer.WrittenCount / 1e6:F1} MB in {encodeClock.Elapsed.TotalMilliseconds:F0} ms wall, CPU {(process.TotalProcessorTime - encodeCpu0).TotalMilliseconds:F0} ms"));
        if (server is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack server answered {server.Messages:N0} messages"));
        }
    }

    /// <summary>Runs the ack server alone until stdin closes or a line is read, printing its URI first.</summary>
    public static async Task ServeAsync()
    {
        await using var server = new AckBoltServer();
        Console.WriteLine(server.Uri);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        await Task.Run(Console.ReadLine);
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack server answered {server.Messages:N0} messages using {process.TotalProcessorTime.TotalMilliseconds:F0} ms CPU"));
    }
}
