namespace GeoGraph.Core.Tests.Input;

/// <summary>Finds the shared evaluation folder: beside the folder holding GeoGraph.sln, else /work/shared.</summary>
internal static class SharedFiles
{
    public static string Dev(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GeoGraph.sln")))
            {
                var beside = Path.Combine(dir.FullName, "..", "shared", "eval", "dev", name);
                if (File.Exists(beside))
                {
                    return beside;
                }

                break;
            }
        }

        return Path.Combine("/work/shared/eval/dev", name);
    }
}
