using System.Globalization;
using System.Text;
using GeoGraph.Cli.Output;
using GeoGraph.Cli.Parsing;
using GeoGraph.Cli.Pipeline;
using GeoGraph.Core.Input;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using GeoGraph.Core.Serialization;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph extract</c>: statements from articles, as contract JSONL or a table, without storing them.</summary>
internal sealed class ExtractCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "extract";

    /// <inheritdoc />
    public string Summary => "extract statements from articles and print them (JSONL contract or a table)";

    /// <inheritdoc />
    public string Usage => "extract <paths...> [--format jsonl|table] [--out FILE] [--explain] [--kb FILE]";

    /// <inheritdoc />
    public IReadOnlyList<string> Examples =>
    [
        "geograph extract article.ar.txt",
        "geograph extract ../shared/eval/dev/gold.jsonl --out out.jsonl",
        "geograph extract news/ --format table --explain",
    ];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => ExtractSettings.Options;

    /// <inheritdoc />
    public async Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken)
    {
        var settings = ExtractSettings.From(args);
        var extractor = context.CreateExtractor(settings.KbFiles);
        StreamWriter? file = null;
        if (settings.OutFile is not null)
        {
            try
            {
                file = new StreamWriter(settings.OutFile, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"error: cannot write '{settings.OutFile}': {e.Message}");
                return ExitCode.Failed;
            }
        }

        var output = file ?? context.Out;
        int articles = 0, failed = 0, problems = 0;
        long statements = 0;
        var table = settings.Format == "table"
            ? (settings.Explain
                ? new TextTable("article", "sent", "subject", "predicate", "object", "status", "rule", "matched", "evidence")
                : new TextTable("article", "sent", "subject", "predicate", "object", "status", "evidence"))
            : null;
        try
        {
            await foreach (var result in ExtractionStage.RunAsync(ArticleReader.ReadAsync(settings.Paths, cancellationToken), extractor, IngestPipeline.Workers, cancellationToken).ConfigureAwait(false))
            {
                foreach (var problem in result.Problems)
                {
                    Problems.Print(context.Error, problem);
                    problems++;
                }

                if (result.Article is null)
                {
                    failed++;
                    continue;
                }

                articles++;
                foreach (var s in result.Statements)
                {
                    statements++;
                    if (table is null)
                    {
                        StatementJson.Write(output, s, settings.Explain);
                        output.Write('\n');
                    }
                    else
                    {
                        AddRow(table, s, settings.Explain);
                    }
                }
            }

            table?.Write(output);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }

        context.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"extract: {articles} articles, {statements} statements, {failed} inputs failed{(settings.OutFile is null ? string.Empty : $", written to {settings.OutFile}")}"));
        return problems > 0 ? ExitCode.Failed : ExitCode.Ok;
    }

    private static void AddRow(TextTable table, Statement s, bool explain)
    {
        var status = s.Status.ToSchemaName();
        if (s.AttributedTo is not null)
        {
            status += $" by {s.AttributedTo.Name}";
        }

        if (explain)
        {
            table.Add(s.ArticleId, s.Evidence.Sentence, s.Subject.Name, s.Predicate.ToSchemaName(), s.Object.Name, status, s.RuleId, string.Join(" | ", s.Matched), s.Evidence.Text);
        }
        else
        {
            table.Add(s.ArticleId, s.Evidence.Sentence, s.Subject.Name, s.Predicate.ToSchemaName(), s.Object.Name, status, s.Evidence.Text);
        }
    }
}
