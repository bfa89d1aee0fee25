using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GeoGraph.Storage;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Benchmarks.Storage;

/// <summary>
/// Loading statements into the embedded store with batched transactions, one core, on a fresh file per iteration.
/// Times are per statement (OperationsPerInvoke), so statements/s = 1e9 / mean ns. Goal: at least 100,000 statements/s.
/// Run: <c>dotnet run -c Release --project tests/GeoGraph.Benchmarks -- --filter '*SqliteLoad*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
[MemoryDiagnoser]
public class SqliteLoadBenchmark
{
    private List<ArticleStatements[]> _batches = [];
    private string _path = string.Empty;
    private SqliteGraphStore? _store;

    /// <summary>Builds the corpus once (<see cref="StorageCorpus"/>).</summary>
    [GlobalSetup]
    public void Setup() => _batches = StorageCorpus.Batches();

    /// <summary>A fresh, empty store for each iteration.</summary>
    /// <remarks>BenchmarkDotNet's iteration hooks must return void, hence the blocking waits in them (never in timed code).</remarks>
    [IterationSetup(Target = nameof(LoadIntoFreshStore))]
    public void FreshStore()
    {
        _path = Path.Combine(Path.GetTempPath(), $"geograph-bench-{Guid.NewGuid():N}.db");
        _store = SqliteGraphStore.OpenAsync(_path).GetAwaiter().GetResult();
    }

    /// <summary>A store already holding the corpus, for the idempotent path.</summary>
    [IterationSetup(Target = nameof(ReloadUnchanged))]
    public void LoadedStore()
    {
        FreshStore();
        LoadIntoFreshStore().GetAwaiter().GetResult();
    }

    /// <summary>Closes and deletes the iteration's store.</summary>
    [IterationCleanup]
    public void Cleanup()
    {
        _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteGraphStore.Delete(_path);
    }

    /// <summary>Writes 50,000 statements in batches of 200 articles.</summary>
    /// <returns>Statements written.</returns>
    [Benchmark(OperationsPerInvoke = StorageCorpus.Statements)]
    public async Task<int> LoadIntoFreshStore()
    {
        var written = 0;
        foreach (var batch in _batches)
        {
            written += (await _store!.WriteAsync(batch).ConfigureAwait(false)).StatementsWritten;
        }

        return written != StorageCorpus.Statements ? throw new InvalidOperationException($"wrote {written} of {StorageCorpus.Statements}") : written;
    }

    /// <summary>Writes the same corpus again: every article is found unchanged by its text hash.</summary>
    /// <returns>Articles found unchanged.</returns>
    [Benchmark(OperationsPerInvoke = StorageCorpus.Statements)]
    public async Task<int> ReloadUnchanged()
    {
        var unchanged = 0;
        foreach (var batch in _batches)
        {
            unchanged += (await _store!.WriteAsync(batch).ConfigureAwait(false)).ArticlesUnchanged;
        }

        return unchanged;
    }
}
