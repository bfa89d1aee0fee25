using System.Diagnostics;
using System.Text;
using GeoGraph.Core.Model;
using GeoGraph.Core.Serialization;
using GeoGraph.Extraction;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Tests;

public class ExtractCommandTests
{
    private static IReadOnlyList<Statement> ParseLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(StatementJson.Parse).ToList();

    public class Jsonl
    {
        [Fact]
        public async Task Writes_one_contract_line_per_statement_with_evidence_indexing_the_text()
        {
            using var files = new TestFiles();
            var r = await Cli.RunAsync("extract", files.GoodFolder());

            Assert.Equal(ExitCode.Ok, r.ExitCode);
            var statements = ParseLines(r.Output);
            Assert.Equal(4, statements.Count);
            Assert.Equal(["en-1", "en-1", "ar-1", "ar-1"], statements.Select(s => s.ArticleId));
            var texts = new Dictionary<string, string> { ["en-1"] = TestFiles.English, ["ar-1"] = TestFiles.Arabic };
            foreach (var s in statements)
            {
                Assert.Equal(texts[s.ArticleId][s.Evidence.Start..s.Evidence.End], s.Evidence.Text);
            }

            Assert.Equal("MEMBER_OF", JObject.Parse(r.Output.Split('\n')[0]).Value<string>("predicate"));
            Assert.Contains("extract: 2 articles, 4 statements, 0 inputs failed", r.Error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Explain_adds_the_matched_tokens()
        {
            using var files = new TestFiles();
            var r = await Cli.RunAsync("extract", files.Write("a.txt", TestFiles.English), "--explain");
            var first = JObject.Parse(r.Output.Split('\n')[0]);
            Assert.Equal(["Kazakhstan", "Collective Security Treaty Organization"], first["explain"]!.Values<string>());
            Assert.Equal("test.pair", first.Value<string>("rule"));
        }

        [Fact]
        public async Task Out_writes_a_file_the_scorer_reads()
        {
            using var files = new TestFiles();
            var outFile = Path.Combine(files.Path, "out.jsonl");
            var gold = TestFiles.Shared("dev/gold.jsonl");
            var r = await Cli.RunAsync("extract", gold, "--out", outFile);
            Assert.Equal(ExitCode.Ok, r.ExitCode);
            Assert.Equal(string.Empty, r.Output);
            var lines = await File.ReadAllLinesAsync(outFile, Encoding.UTF8);
            Assert.NotEmpty(lines);
            Assert.All(lines, l => StatementJson.Parse(l));

            var score = await RunScorer(gold, outFile);
            Assert.Equal(0, score.Code);
            Assert.Matches(@"F1 \d\.\d{3} P \d\.\d{3} R \d\.\d{3}", score.Output);
            Assert.DoesNotMatch(@"articles 14 tp 0 ", score.Output);
        }

        [Fact]
        public async Task The_real_engine_on_the_dev_articles_keeps_the_contract()
        {
            using var files = new TestFiles();
            var outFile = Path.Combine(files.Path, "out.jsonl");
            var gold = TestFiles.Shared("dev/gold.jsonl");
            var r = await Cli.RunAsync(ExtractionEngine.CreateDefault(), false, "extract", gold, "--out", outFile);
            Assert.Equal(ExitCode.Ok, r.ExitCode);

            var texts = File.ReadLines(gold).Select(JObject.Parse).ToDictionary(o => o.Value<string>("id")!, o => o.Value<string>("text")!);
            foreach (var line in await File.ReadAllLinesAsync(outFile, Encoding.UTF8))
            {
                var s = StatementJson.Parse(line);
                Assert.Equal(texts[s.ArticleId][s.Evidence.Start..s.Evidence.End], s.Evidence.Text);
            }

            Assert.Equal(0, (await RunScorer(gold, outFile)).Code);
        }

        private static async Task<(int Code, string Output)> RunScorer(string gold, string pred)
        {
            var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])[TestFiles.Shared("score.py"), "--gold", gold, "--pred", pred])
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var stdout = p.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = p.StandardError.ReadToEndAsync(timeout.Token);
            await p.WaitForExitAsync(timeout.Token);
            return (p.ExitCode, await stdout + await stderr);
        }
    }

    public class Table
    {
        [Fact]
        public async Task Shows_readable_columns()
        {
            using var files = new TestFiles();
            var r = await Cli.RunAsync("extract", files.Write("a.txt", TestFiles.English), "--format", "table");
            Assert.Equal(ExitCode.Ok, r.ExitCode);
            var lines = r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches(@"^article\s+sent\s+subject\s+predicate\s+object\s+status\s+evidence$", lines[0]);
            Assert.Matches(@"^-+  -+  ", lines[1]);
            Assert.Matches(@"^a\s+0\s+Kazakhstan\s+MEMBER_OF\s+Collective Security Treaty Organization\s+asserted\s+Kazakhstan is a member of the CSTO\.$", lines[2]);
            Assert.Equal(4, lines.Length);
        }

        [Fact]
        public async Task Explain_shows_rule_and_matched_tokens()
        {
            using var files = new TestFiles();
            var r = await Cli.RunAsync("extract", files.Write("a.txt", TestFiles.English), "--format", "table", "--explain");
            var lines = r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches(@"\brule\s+matched\s+evidence$", lines[0]);
            Assert.Contains("test.pair  Kazakhstan | Collective Security Treaty Organization", lines[2], StringComparison.Ordinal);
        }
    }

    public class BadInput
    {
        [Fact]
        public async Task Each_bad_input_is_named_the_rest_is_extracted_and_the_exit_code_is_1()
        {
            using var files = new TestFiles();
            files.Write("in/good.txt", TestFiles.English);
            var bad = files.WriteBytes("in/bad.txt", [0x41, 0xFF, 0x42]);
            var empty = files.Write("in/empty.txt", string.Empty);
            var binary = files.WriteBytes("in/bin.txt", [0x41, 0x00, 0x42]);
            var jsonl = files.Write("in/x.jsonl", "{\"id\": \"j\", \"text\": \"Russia leads the CSTO.\"}\nnot json\n{\"id\": \"k\"}\n");

            var r = await Cli.RunAsync("extract", Path.Combine(files.Path, "in"), Path.Combine(files.Path, "missing.txt"));

            Assert.Equal(ExitCode.Failed, r.ExitCode);
            Assert.Equal(["good", "good", "j"], ParseLines(r.Output).Select(s => s.ArticleId));
            var errors = r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains($"error: {bad}: invalid UTF-8 at byte 1", errors);
            Assert.Contains($"error: {empty}: empty file", errors);
            Assert.Contains(errors, e => e.StartsWith($"error: {binary}: binary file", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith($"error: {jsonl}:2: not a JSON object", StringComparison.Ordinal));
            Assert.Contains($"error: {jsonl}:3: missing 'text' field", errors);
            Assert.Contains($"error: {Path.Combine(files.Path, "missing.txt")}: no such file or folder", errors);
            Assert.Contains("extract: 2 articles, 3 statements, 6 inputs failed", r.Error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Statements_whose_evidence_is_not_the_text_are_dropped_and_reported()
        {
            using var files = new TestFiles();
            var r = await Cli.RunAsync(new LyingExtractor(), false, "extract", files.Write("a.txt", TestFiles.English));
            Assert.Equal(ExitCode.Failed, r.ExitCode);
            Assert.Single(ParseLines(r.Output));
            Assert.Contains("evidence 0..5 does not match the text", r.Error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_extractor_failure_on_one_article_does_not_stop_the_others()
        {
            using var files = new TestFiles();
            files.Write("in/a.txt", TestFiles.English);
            files.Write("in/boom.txt", "boom: Kazakhstan is a member of the CSTO.");
            var r = await Cli.RunAsync(new ThrowingExtractor(), false, "extract", Path.Combine(files.Path, "in"));
            Assert.Equal(ExitCode.Failed, r.ExitCode);
            Assert.Equal(["a", "a"], ParseLines(r.Output).Select(s => s.ArticleId));
            Assert.Contains("article 'boom': extractor failed: InvalidOperationException: boom", r.Error, StringComparison.Ordinal);
        }
    }

    private sealed class LyingExtractor : IExtractor
    {
        public IReadOnlyList<Statement> Extract(Article article)
        {
            var real = new PairExtractor().Extract(article);
            var e = real[0].Evidence;
            var lie = new Statement(article.Id, PairExtractor.Russia, Core.Schema.Predicate.Leads, PairExtractor.Csto, new Evidence(e.Sentence, 0, 5, "wrong"), "test.lie");
            return [real[0], lie];
        }
    }

    private sealed class ThrowingExtractor : IExtractor
    {
        public IReadOnlyList<Statement> Extract(Article article) =>
            article.Text.StartsWith("boom", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : new PairExtractor().Extract(article);
    }
}
