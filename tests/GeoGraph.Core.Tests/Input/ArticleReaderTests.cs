using System.Text;
using GeoGraph.Core.Input;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Input;

public class ArticleReaderTests
{
    private const string Arabic = "وصل الرئيس الروسي فلاديمير بوتين إلى كازاخستان في زيارة تستمر يومين.";
    private const string English = "The Russian president arrived in Kazakhstan on a two-day visit to strengthen ties with the country.";

    private static async Task<List<InputRecord>> ReadAll(params string[] paths)
    {
        var records = new List<InputRecord>();
        await foreach (var r in ArticleReader.ReadAsync(paths))
        {
            records.Add(r);
        }

        return records;
    }

    private static Article Single(List<InputRecord> records)
    {
        var record = Assert.Single(records);
        Assert.Null(record.Problem);
        return record.Article!;
    }

    private static InputProblem SingleProblem(List<InputRecord> records)
    {
        var record = Assert.Single(records);
        Assert.Null(record.Article);
        return record.Problem!;
    }

    public class TextFiles
    {
        [Fact]
        public async Task The_seed_article_reads_whole_with_its_id_and_language()
        {
            var path = SharedFiles.Dev("seed-kazakhstan.ar.txt");
            var article = Single(await ReadAll(path));
            Assert.Equal("seed-kazakhstan", article.Id);
            Assert.Equal("ar", article.Lang);
            Assert.Null(article.Title);
            Assert.Equal(await File.ReadAllTextAsync(path), article.Text);
            Assert.Equal(path, article.Origin);
        }

        [Fact]
        public async Task A_short_first_line_without_a_full_stop_is_the_title_and_stays_in_the_text()
        {
            using var dir = new TempFolder();
            var text = "Putin visits Kazakhstan\n\n" + English + "\n";
            var article = Single(await ReadAll(dir.Write("visit.txt", text)));
            Assert.Equal("Putin visits Kazakhstan", article.Title);
            Assert.Equal(text, article.Text);
            Assert.Equal("visit", article.Id);
            Assert.Equal("en", article.Lang);
        }

        [Fact]
        public async Task A_byte_order_mark_is_not_part_of_the_text()
        {
            using var dir = new TempFolder();
            var path = dir.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(English)]);
            Assert.Equal(English, Single(await ReadAll(path)).Text);
        }

        [Fact]
        public async Task Windows_line_endings_are_kept_so_offsets_index_the_file()
        {
            using var dir = new TempFolder();
            var text = "Title here\r\n" + English + "\r\n";
            var article = Single(await ReadAll(dir.Write("crlf.txt", text)));
            Assert.Equal(text, article.Text);
            Assert.Equal("Title here", article.Title);
        }
    }

    public class JsonLines
    {
        [Fact]
        public async Task The_gold_file_is_valid_input()
        {
            var path = SharedFiles.Dev("gold.jsonl");
            var records = await ReadAll(path);
            Assert.All(records, r => Assert.Null(r.Problem));
            Assert.Equal(14, records.Count);
            var seed = records[0].Article!;
            Assert.Equal("seed-kazakhstan", seed.Id);
            Assert.Equal("2024-11-28", seed.Date);
            Assert.Equal("ar", seed.Lang);
            Assert.Equal(await File.ReadAllTextAsync(SharedFiles.Dev("seed-kazakhstan.ar.txt")), seed.Text);
            Assert.Equal($"{path}:1", seed.Origin);
            Assert.Equal(11, records.Count(r => r.Article!.Lang == "ar"));
            Assert.Equal(3, records.Count(r => r.Article!.Lang == "en"));
        }

        [Fact]
        public async Task Optional_fields_are_read_and_others_ignored()
        {
            using var dir = new TempFolder();
            var path = dir.Write(
                "a.jsonl",
                """
                {"id": "x1", "text": "Hello world.", "title": "T", "date": "2024-01-02", "lang": "en", "url": "https://example.org/x1", "source": "S", "triples": [1, 2]}
                {"id": 42, "text": "وصل بوتين إلى كازاخستان"}

                {"text": "The president said the visit was a success for the country."}
                """);
            var records = await ReadAll(path);
            Assert.All(records, r => Assert.Null(r.Problem));
            var a = records.Select(r => r.Article!).ToList();
            Assert.Equal(3, a.Count);
            Assert.Equal(("x1", "T", "2024-01-02", "https://example.org/x1", "S"), (a[0].Id, a[0].Title, a[0].Date, a[0].Url, a[0].Source));
            Assert.Equal(("42", "ar"), (a[1].Id, a[1].Lang));
            Assert.Equal(("a-4", "en"), (a[2].Id, a[2].Lang));
            Assert.Equal($"{path}:4", a[2].Origin);
        }

        [Fact]
        public async Task A_lang_field_is_respected_over_the_script()
        {
            using var dir = new TempFolder();
            var path = dir.Write("a.jsonl", """{"id": "x", "text": "OPEC", "lang": "AR"}""");
            Assert.Equal("ar", Single(await ReadAll(path)).Lang);
        }
    }

    public class Folders
    {
        [Fact]
        public async Task Folders_are_read_recursively_in_ordinal_order_and_skip_other_files()
        {
            using var dir = new TempFolder();
            dir.Write("b.txt", English);
            dir.Write("sub/a.txt", Arabic);
            dir.Write("A.jsonl", $"{{\"id\": \"j1\", \"text\": \"{English}\"}}\n");
            dir.Write("notes.md", "# not an article");
            dir.Write(".hidden.txt", English);
            var ids = (await ReadAll(dir.Path)).Select(r => r.Article!.Id);
            Assert.Equal(["j1", "b", "a"], ids);
        }

        [Fact]
        public async Task An_empty_folder_is_a_problem()
        {
            using var dir = new TempFolder();
            dir.Write("readme.md", "x");
            var problem = SingleProblem(await ReadAll(dir.Path));
            Assert.Equal(dir.Path, problem.File);
            Assert.Contains("no .txt or .jsonl", problem.Message, StringComparison.Ordinal);
        }
    }

    public class BadInput
    {
        [Fact]
        public async Task Invalid_utf8_names_the_file_and_the_byte()
        {
            using var dir = new TempFolder();
            var path = dir.WriteBytes("bad.txt", [.. Encoding.UTF8.GetBytes("abc "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" def")]);
            var problem = SingleProblem(await ReadAll(path));
            Assert.Equal(path, problem.File);
            Assert.Null(problem.Line);
            Assert.StartsWith("invalid UTF-8 at byte", problem.Message, StringComparison.Ordinal);
            Assert.StartsWith($"{path}: invalid UTF-8", problem.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_binary_file_is_reported_not_decoded()
        {
            using var dir = new TempFolder();
            var path = dir.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
            var problem = SingleProblem(await ReadAll(path));
            Assert.Equal(path, problem.File);
            Assert.Contains("binary file (NUL byte at offset 4)", problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("")]
        [InlineData(" \n\t\n")]
        public async Task An_empty_text_file_is_reported(string content)
        {
            using var dir = new TempFolder();
            var path = dir.Write("empty.txt", content);
            var problem = SingleProblem(await ReadAll(path));
            Assert.Equal(path, problem.File);
            Assert.StartsWith("empty file", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_empty_jsonl_file_is_reported()
        {
            using var dir = new TempFolder();
            var path = dir.Write("empty.jsonl", "\n\n");
            Assert.Equal("empty file", SingleProblem(await ReadAll(path)).Message);
        }

        [Fact]
        public async Task An_unreadable_file_is_reported_and_the_next_path_is_read()
        {
            using var dir = new TempFolder();
            var unreadable = Path.Combine(dir.Path, "locked.txt");
            FileStream? hold = null;
            if (OperatingSystem.IsLinux())
            {
                // Reading /proc/self/mem at offset 0 fails with EIO even for root, who can read any chmod-000 file.
                File.CreateSymbolicLink(unreadable, "/proc/self/mem");
            }
            else
            {
                dir.Write("locked.txt", English);
                hold = new FileStream(unreadable, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }

            try
            {
                var good = dir.Write("good.txt", English);
                var records = await ReadAll(unreadable, good);
                Assert.Equal(2, records.Count);
                Assert.Equal(unreadable, records[0].Problem!.File);
                Assert.StartsWith("cannot read file:", records[0].Problem!.Message, StringComparison.Ordinal);
                Assert.Equal("good", records[1].Article!.Id);
            }
            finally
            {
                hold?.Dispose();
            }
        }

        [Fact]
        public async Task Bad_jsonl_lines_are_reported_by_line_and_the_other_lines_read()
        {
            using var dir = new TempFolder();
            var path = dir.WriteBytes(
                "mixed.jsonl",
                [
                    .. Encoding.UTF8.GetBytes($"{{\"id\": \"ok1\", \"text\": \"{English}\"}}\n"),
                    .. Encoding.UTF8.GetBytes("{\"id\": \"broken\", \"text\": \n"),
                    .. Encoding.UTF8.GetBytes("{\"id\": \"notext\", \"title\": \"x\"}\n"),
                    .. Encoding.UTF8.GetBytes("{\"id\": \"bad-utf8\", \"text\": \"ab"), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n"),
                    .. Encoding.UTF8.GetBytes("[1, 2]\n"),
                    .. Encoding.UTF8.GetBytes("{\"id\": \"num\", \"text\": 5}\n"),
                    .. Encoding.UTF8.GetBytes("{\"id\": \"fr\", \"text\": \"Bonjour\", \"lang\": \"fr\"}\n"),
                    .. Encoding.UTF8.GetBytes($"{{\"id\": \"ok2\", \"text\": \"{Arabic}\"}}\n"),
                ]);
            var records = await ReadAll(path);

            Assert.Equal(["ok1", "ok2"], records.Where(r => r.Article is not null).Select(r => r.Article!.Id));
            var problems = records.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();
            Assert.Equal([2, 3, 4, 5, 6, 7], problems.Select(p => p.Line!.Value));
            Assert.All(problems, p => Assert.Equal(path, p.File));
            Assert.StartsWith("not a JSON object", problems[0].Message, StringComparison.Ordinal);
            Assert.Equal("missing 'text' field", problems[1].Message);
            Assert.StartsWith("invalid UTF-8", problems[2].Message, StringComparison.Ordinal);
            Assert.StartsWith("not a JSON object", problems[3].Message, StringComparison.Ordinal);
            Assert.Equal("expected 'text' to be a string, found Integer", problems[4].Message);
            Assert.Contains("language 'fr' is not supported", problems[5].Message, StringComparison.Ordinal);
            Assert.StartsWith($"{path}:3: missing 'text'", problems[1].ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_binary_jsonl_file_is_reported_once()
        {
            using var dir = new TempFolder();
            var path = dir.WriteBytes("blob.jsonl", [0x1F, 0x8B, 0x08, 0x00, 0x0A, 0x41, 0x0A, 0x42]);
            var problem = SingleProblem(await ReadAll(path));
            Assert.Null(problem.Line);
            Assert.StartsWith("binary file", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Missing_paths_and_other_extensions_are_reported_and_the_batch_goes_on()
        {
            using var dir = new TempFolder();
            var pdf = dir.Write("report.pdf", "%PDF");
            var good = dir.Write("good.txt", English);
            var missing = Path.Combine(dir.Path, "nope.txt");
            var records = await ReadAll(missing, pdf, good);
            Assert.Equal("no such file or folder", records[0].Problem!.Message);
            Assert.Equal("expected a .txt or .jsonl file, found '.pdf'", records[1].Problem!.Message);
            Assert.Equal("good", records[2].Article!.Id);
        }

        [Fact]
        public async Task Text_in_another_script_is_skipped_with_the_reason()
        {
            using var dir = new TempFolder();
            var path = dir.Write("ru.txt", "Президент России прибыл в Казахстан с двухдневным визитом.");
            var problem = SingleProblem(await ReadAll(path));
            Assert.Contains("language not detected", problem.Message, StringComparison.Ordinal);
            Assert.Contains("neither Arabic nor Latin", problem.Message, StringComparison.Ordinal);
        }
    }

    public class Streaming
    {
        [Fact]
        public async Task Cancellation_stops_the_reading()
        {
            using var dir = new TempFolder();
            var lines = string.Concat(Enumerable.Range(0, 100).Select(i => $"{{\"id\": \"{i}\", \"text\": \"{English}\"}}\n"));
            var path = dir.Write("many.jsonl", lines);
            using var cts = new CancellationTokenSource();
            var seen = 0;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in ArticleReader.ReadAsync([path], cts.Token))
                {
                    if (++seen == 3)
                    {
                        await cts.CancelAsync();
                    }
                }
            });
            Assert.Equal(3, seen);
        }

        [Fact]
        public async Task Long_lines_beyond_the_buffer_are_read_whole()
        {
            using var dir = new TempFolder();
            var longText = string.Join(' ', Enumerable.Repeat("the quick brown fox", 10_000));
            var path = dir.Write("long.jsonl", $"{{\"id\": \"l\", \"text\": \"{longText}\"}}\n{{\"id\": \"s\", \"text\": \"{English}\"}}");
            var records = await ReadAll(path);
            Assert.Equal(longText, records[0].Article!.Text);
            Assert.Equal("s", records[1].Article!.Id);
        }

        [Fact]
        public async Task The_input_counter_counts_text_files_and_non_blank_jsonl_lines()
        {
            using var dir = new TempFolder();
            dir.Write("a.txt", English);
            dir.Write("b.jsonl", "{\"text\": \"a\"}\n\n{\"text\": \"b\"}\n");
            Assert.Equal(4, await InputCounter.CountAsync([dir.Path, Path.Combine(dir.Path, "missing.txt")], CancellationToken.None));
        }
    }
}
