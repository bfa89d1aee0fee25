namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Locates test files: scripts are copied next to the tests; the node folder is found from the solution root.</summary>
internal static class TestPaths
{
    public static string Script(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Scripts", name + ".script");

    public static string ScriptsFolder => System.IO.Path.Combine(AppContext.BaseDirectory, "Scripts");

    public static string NodeFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "GeoGraph.sln")))
            {
                dir = dir.Parent;
            }

            return dir is null
                ? throw new DirectoryNotFoundException("GeoGraph.sln not found above " + AppContext.BaseDirectory)
                : System.IO.Path.Combine(dir.FullName, "tests", "GeoGraph.Bolt.Tests", "node");
        }
    }
}
