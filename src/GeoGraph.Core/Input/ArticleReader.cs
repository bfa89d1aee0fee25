using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GeoGraph.Core.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Core.Input;

/// <summary>
/// Reads articles from plain UTF-8 <c>.txt</c> files, <c>.jsonl</c> files (one article per line) and folders of them
/// (recursive, in ordinal path order). Every input that cannot become an article yields an <see cref="InputProblem"/>
/// naming the file (and line) and the reading goes on with the next one.
/// </summary>
public static class ArticleReader
{
    /// <summary>The file extensions read, with their dot.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".jsonl"];

    // Strict: a byte sequence that is not UTF-8 throws instead of turning into U+FFFD, so bad files are reported.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads all articles under the given files and folders, in order.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>Articles and problems, in input order.</returns>
    public static async IAsyncEnumerable<InputRecord> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            var (files, problem) = Expand(path);
            if (problem is not null)
            {
                yield return InputRecord.Failed(problem);
            }

            foreach (var file in files)
            {
                await foreach (var record in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return record;
                }
            }
        }
    }

    /// <summary>Lists the readable files a path stands for: itself, or the <c>.txt</c>/<c>.jsonl</c> files under a folder.</summary>
    /// <param name="path">A file or folder.</param>
    /// <returns>The files in ordinal order, and the problem if the path cannot be read.</returns>
    public static (IReadOnlyList<string> Files, InputProblem? Problem) Expand(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            try
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                var files = Directory.EnumerateFiles(path, "*", options)
                    .Where(f => IsSupported(f) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                return (files, files.Count == 0 ? new InputProblem(path, null, "folder holds no .txt or .jsonl files") : null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ([], new InputProblem(path, null, $"cannot read folder: {e.Message}"));
            }
        }

        if (!File.Exists(path))
        {
            return ([], new InputProblem(path, null, "no such file or folder"));
        }

        return IsSupported(path)
            ? ([path], null)
            : ([], new InputProblem(path, null, $"expected a .txt or .jsonl file, found '{Path.GetExtension(path)}'"));
    }

    /// <summary>Reads one file: a <c>.jsonl</c> file line by line, any other file as one plain-text article.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>Its articles and problems.</returns>
    public static IAsyncEnumerable<InputRecord> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Equals(Path.GetExtension(path), ".jsonl", StringComparison.OrdinalIgnoreCase)
            ? ReadJsonlAsync(path, cancellationToken)
            : ReadTextAsync(path, cancellationToken);
    }

    /// <summary>
    /// The article id of a text file: its name without extension and without a <c>.ar</c>/<c>.en</c> language tag, so
    /// <c>seed-kazakhstan.ar.txt</c> is the article <c>seed-kazakhstan</c> as in the gold file. The language itself is
    /// still read from the script.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <returns>The id.</returns>
    public static string IdOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Length > 3 && (name.EndsWith(".ar", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".en", StringComparison.OrdinalIgnoreCase))
            ? name[..^3]
            : name;
    }

    private static bool IsSupported(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal);

    private static async IAsyncEnumerable<InputRecord> ReadTextAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        byte[] bytes;
        string? error = null;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = [];
            error = $"cannot read file: {e.Message}";
        }

        if (error is not null)
        {
            yield return Fail(path, null, error);
            yield break;
        }

        var (text, problem) = Decode(bytes);
        if (problem is not null)
        {
            yield return Fail(path, null, problem);
            yield break;
        }

        var id = IdOf(path);
        var lang = LanguageDetector.Detect(text, out var reason);
        if (lang is null)
        {
            yield return Fail(path, null, $"language not detected: {reason}; skipped");
            yield break;
        }

        yield return InputRecord.Of(new Article(id, text, lang) { Title = TitleRule.Find(text), Origin = path });
    }

    private static async IAsyncEnumerable<InputRecord> ReadJsonlAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileStream? stream = null;
        string? error = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read file: {e.Message}";
        }

        if (stream is null)
        {
            yield return Fail(path, null, error ?? "cannot read file");
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            var lines = new ByteLineReader(stream);
            var lineNo = 0;
            var articles = 0;
            var problems = 0;
            while (true)
            {
                ReadOnlyMemory<byte>? line;
                error = null;
                try
                {
                    line = await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    line = null;
                    error = $"cannot read file: {e.Message}";
                }

                if (error is not null)
                {
                    yield return Fail(path, lineNo + 1, error);
                    yield break;
                }

                if (line is not { } bytes)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                lineNo++;
                if (lineNo == 1 && bytes.Span.IndexOf((byte)0) >= 0)
                {
                    yield return Fail(path, null, $"binary file (NUL byte at offset {bytes.Span.IndexOf((byte)0)}), not JSON Lines");
                    yield break;
                }

                var record = ParseLine(path, lineNo, bytes.Span);
                if (record is null)
                {
                    continue;
                }

                if (record.Article is not null)
                {
                    articles++;
                }
                else
                {
                    problems++;
                }

                yield return record;
            }

            if (articles == 0 && problems == 0)
            {
                yield return Fail(path, null, "empty file");
            }
        }
    }

    private static InputRecord? ParseLine(string path, int lineNo, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            return Fail(path, lineNo, $"binary data (NUL byte at column {nul + 1})");
        }

        string json;
        try
        {
            json = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return Fail(path, lineNo, $"invalid UTF-8 at byte {e.Index} of the line");
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        JObject o;
        try
        {
            o = JsonConvert.DeserializeObject<JObject>(json, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })
                ?? throw new JsonReaderException("null");
        }
        catch (JsonException e)
        {
            return Fail(path, lineNo, $"not a JSON object: {e.Message}");
        }

        if (o["text"] is not { Type: JTokenType.String } textToken)
        {
            return Fail(path, lineNo, o["text"] is null ? "missing 'text' field" : $"expected 'text' to be a string, found {o["text"]!.Type}");
        }

        var text = textToken.Value<string>()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(path, lineNo, "'text' is empty");
        }

        var id = Scalar(o, "id") is { Length: > 0 } given
            ? given
            : string.Create(CultureInfo.InvariantCulture, $"{IdOf(path)}-{lineNo}");
        string? lang;
        if (Scalar(o, "lang") is { Length: > 0 } declared)
        {
            lang = declared.ToLowerInvariant();
            if (lang is not ("ar" or "en"))
            {
                return Fail(path, lineNo, $"article '{id}': language '{declared}' is not supported (only ar, en); skipped");
            }
        }
        else
        {
            lang = LanguageDetector.Detect(text, out var reason);
            if (lang is null)
            {
                return Fail(path, lineNo, $"article '{id}': language not detected: {reason}; skipped");
            }
        }

        return InputRecord.Of(new Article(id, text, lang)
        {
            Title = Scalar(o, "title"),
            Date = Scalar(o, "date"),
            Url = Scalar(o, "url"),
            Source = Scalar(o, "source"),
            Origin = string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNo}"),
        });
    }

    private static string? Scalar(JObject o, string name) => o[name] switch
    {
        null or { Type: JTokenType.Null } => null,
        JValue v => Convert.ToString(v.Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static (string Text, string? Problem) Decode(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (string.Empty, "empty file");
        }

        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            return (string.Empty, $"binary file (NUL byte at offset {nul}), not UTF-8 text");
        }

        // A UTF-8 byte-order mark is an encoding marker, not text: offsets count from the first character after it.
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            return (string.Empty, $"invalid UTF-8 at byte {e.Index}");
        }

        return string.IsNullOrWhiteSpace(text) ? (string.Empty, "empty file (only whitespace)") : (text, null);
    }

    private static InputRecord Fail(string path, int? line, string message) => InputRecord.Failed(new InputProblem(path, line, message));
}
