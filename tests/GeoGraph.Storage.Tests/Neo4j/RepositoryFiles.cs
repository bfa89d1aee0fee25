namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>Finds the repository (the folder holding GeoGraph.sln) and the shared folder beside it.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>cypher/</c> folder.</summary>
    public static string Cypher => Path.Combine(Root, "cypher");

    /// <summary>The folder of this test project's sources.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "GeoGraph.Storage.Tests");

    /// <summary>The shared evaluation folder: <c>../shared</c> beside the repository, else <c>/work/shared</c>.</summary>
    public static string Shared
    {
        get
        {
            var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(beside) ? beside : "/work/shared";
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No GeoGraph.sln above {AppContext.BaseDirectory}.");
    }
}
