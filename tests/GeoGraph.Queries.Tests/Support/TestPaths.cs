namespace GeoGraph.Queries.Tests.Support;

/// <summary>Finds the repository and the shared folder from the test's base directory.</summary>
internal static class TestPaths
{
    /// <summary>The folder holding GeoGraph.sln.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("GeoGraph.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The shared folder: beside the repository in CI, else /work/shared.</summary>
    public static string Shared
    {
        get
        {
            var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(beside) ? beside : "/work/shared";
        }
    }

    /// <summary>The dev gold file.</summary>
    public static string DevGold => Path.Combine(Shared, "eval", "dev", "gold.jsonl");

    /// <summary>The frozen fixture of statements.</summary>
    public static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "dev-statements.jsonl");

    /// <summary>The embedded store's schema.</summary>
    public static string Schema => Path.Combine(RepoRoot, "src", "GeoGraph.Storage", "Sqlite", "schema.sql");

    /// <summary>The query files.</summary>
    public static string CypherQueries => Path.Combine(RepoRoot, "cypher", "queries");
}
