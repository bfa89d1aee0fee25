using System.Text;

namespace GeoGraph.Cli.Tests;

/// <summary>A temporary folder with sample articles, and the shared evaluation files.</summary>
internal sealed class TestFiles : IDisposable
{
    public const string English = "Kazakhstan is a member of the CSTO. Russia leads the CSTO. Nothing else.";
    public const string Arabic = "انضمت كازاخستان إلى منظمة معاهدة الأمن الجماعي. وتقود روسيا منظمة معاهدة الأمن الجماعي.";

    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"geograph-cli-{Guid.NewGuid():N}")).FullName;

    public string Store => System.IO.Path.Combine(Path, "test.db");

    public static string Shared(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GeoGraph.sln")))
            {
                var beside = System.IO.Path.Combine(dir.FullName, "..", "shared", "eval", name);
                if (File.Exists(beside))
                {
                    return System.IO.Path.GetFullPath(beside);
                }

                break;
            }
        }

        return System.IO.Path.Combine("/work/shared/eval", name);
    }

    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>A folder of two good articles: an English text file and an Arabic JSONL line.</summary>
    public string GoodFolder()
    {
        Write("news/en-1.txt", English);
        Write("news/more/ar.jsonl", $"{{\"id\": \"ar-1\", \"date\": \"2024-11-28\", \"text\": \"{Arabic}\"}}\n");
        return System.IO.Path.Combine(Path, "news");
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
