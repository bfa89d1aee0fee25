namespace GeoGraph.Extraction.Tests;

/// <summary>Finds the shared evaluation folder: beside the repository (../shared from GeoGraph.sln), else /work/shared.</summary>
internal static class SharedFiles
{
    public static string? Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
            {
                dir = dir.Parent;
            }

            if (dir?.Parent is { } parent && Directory.Exists(Path.Combine(parent.FullName, "shared", "eval")))
            {
                return Path.Combine(parent.FullName, "shared");
            }

            return Directory.Exists("/work/shared/eval") ? "/work/shared" : null;
        }
    }

    public static string? Gold => Root is { } r && File.Exists(Path.Combine(r, "eval", "dev", "gold.jsonl")) ? Path.Combine(r, "eval", "dev", "gold.jsonl") : null;
}
