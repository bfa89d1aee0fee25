using GeoGraph.Core.Model;
using GeoGraph.Storage;
using GeoGraph.Storage.Sqlite;

namespace GeoGraph.Queries.Tests.Support;

/// <summary>
/// The fixture graph in a temporary embedded store, built once per test run and shared by the test classes
/// (xunit class fixture). Queries open their own read connection on it.
/// </summary>
public sealed class FixtureGraph : IDisposable
{
    /// <summary>Builds the store from the frozen fixture and the dev articles.</summary>
    public FixtureGraph()
    {
        Directory = Path.Combine(Path.GetTempPath(), "geograph-queries-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        StorePath = Path.Combine(Directory, "fixture.db");
        Articles = GoldArticles.Read(TestPaths.DevGold);
        Statements = FixtureStatements.Read(TestPaths.Fixture);
        // The store-cli helper's SqliteGraphStore writes it, exactly as 'geograph ingest' would.
        WriteStoreAsync(StorePath, Articles, Statements).GetAwaiter().GetResult();
    }

    /// <summary>The temporary folder.</summary>
    public string Directory { get; }

    /// <summary>The store file.</summary>
    public string StorePath { get; }

    /// <summary>The dev articles.</summary>
    internal IReadOnlyList<Article> Articles { get; }

    /// <summary>The fixture statements.</summary>
    internal IReadOnlyList<Statement> Statements { get; }

    /// <summary>Opens the embedded query library on the store.</summary>
    internal EmbeddedGraphQueries Open() => new(StorePath);

    /// <summary>Writes articles and their statements through the project's embedded store.</summary>
    internal static async Task WriteStoreAsync(string path, IReadOnlyList<Article> articles, IReadOnlyList<Statement> statements)
    {
        var byArticle = statements.ToLookup(s => s.ArticleId, StringComparer.Ordinal);
        var store = await SqliteGraphStore.OpenAsync(path);
        await using (store.ConfigureAwait(false))
        {
            await store.WriteAsync(articles.Select(a => new ArticleStatements(a, byArticle[a.Id].ToList())).ToList());
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a run over it.
        }
    }
}
