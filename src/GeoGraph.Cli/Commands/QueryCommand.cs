using System.Globalization;
using GeoGraph.Cli.Output;
using GeoGraph.Cli.Parsing;
using GeoGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Commands;

/// <summary>
/// <c>geograph query entity|neighbors NAME</c>: looks an entity up in the embedded store by any of its names and shows
/// it with its statements and evidence, or its neighbours. Deliberately small and self-contained: the full query library
/// (GeoGraph.Queries) replaces this verb when it lands.
/// </summary>
internal sealed class QueryCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "query";

    /// <inheritdoc />
    public string Summary => "look up an entity (Arabic or English name or alias) and its statements or neighbours";

    /// <inheritdoc />
    public string Usage => "query entity|neighbors NAME [--store PATH] [--json] [--limit N]";

    /// <inheritdoc />
    public IReadOnlyList<string> Examples =>
    [
        "geograph query entity Kazakhstan",
        "geograph query entity كازاخستان --json",
        "geograph query neighbors Russia --store news.db",
    ];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => QuerySettings.Options;

    /// <inheritdoc />
    public Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken) =>
        RunAsync(QuerySettings.From(args), context, cancellationToken);

    /// <summary>Runs a query with validated settings; the demo runs it too.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="context">Writers.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The exit code: 1 when nothing matched or the store cannot be read.</returns>
    public static async Task<int> RunAsync(QuerySettings settings, CommandContext context, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.StorePath))
        {
            context.Error.WriteLine($"error: expected a store at '{settings.StorePath}', found no file");
            context.Error.WriteLine("hint: run 'geograph ingest <paths>' (or 'geograph demo') first, or pass '--store PATH'.");
            return ExitCode.Failed;
        }

        try
        {
            var connection = new SqliteConnection(SqliteGraphStore.ConnectionString(settings.StorePath, readOnly: true));
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var queries = new StoreQueries(connection);
                var matches = await queries.ResolveAsync(settings.Name, cancellationToken).ConfigureAwait(false);
                if (matches.Count == 0)
                {
                    return await NotFoundAsync(settings, context, queries, cancellationToken).ConfigureAwait(false);
                }

                if (settings.Kind == "entity")
                {
                    await EntityAsync(settings, context, queries, matches, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await NeighborsAsync(settings, context, queries, matches, cancellationToken).ConfigureAwait(false);
                }

                return ExitCode.Ok;
            }
        }
        catch (SqliteException e)
        {
            context.Error.WriteLine($"error: cannot read the store '{settings.StorePath}': {e.Message}");
            return ExitCode.Failed;
        }
    }

    private static async Task<int> NotFoundAsync(QuerySettings settings, CommandContext context, StoreQueries queries, CancellationToken cancellationToken)
    {
        if (settings.Json)
        {
            WriteJson(context.Out, new JObject { ["query"] = settings.Kind, ["name"] = settings.Name, ["matches"] = new JArray() });
        }

        context.Error.WriteLine($"error: expected an entity named '{settings.Name}' in '{settings.StorePath}', found none");
        var near = await queries.SuggestAsync(settings.Name, cancellationToken).ConfigureAwait(false);
        context.Error.WriteLine(near.Count > 0
            ? $"hint: did you mean {string.Join(", ", near.Select(n => $"'{n}'"))}?"
            : "hint: names match in Arabic or English, ignoring case and diacritics; ingest the articles that mention it first.");
        return ExitCode.Failed;
    }

    private static async Task EntityAsync(QuerySettings settings, CommandContext context, StoreQueries queries, IReadOnlyList<EntityRow> matches, CancellationToken cancellationToken)
    {
        var json = new JArray();
        foreach (var entity in matches)
        {
            var names = await queries.NamesAsync(entity.Id, cancellationToken).ConfigureAwait(false);
            var statements = await queries.StatementsAsync(entity.Id, settings.Limit, cancellationToken).ConfigureAwait(false);
            if (settings.Json)
            {
                json.Add(new JObject
                {
                    ["id"] = entity.Id,
                    ["name"] = entity.Name,
                    ["type"] = entity.Type,
                    ["labels"] = entity.Labels,
                    ["names"] = new JArray(names.Select(n => n.Name)),
                    ["statements"] = new JArray(statements.Select(ToJson)),
                });
                continue;
            }

            var w = context.Out;
            w.WriteLine($"{entity.Name}  [{entity.Type}]  {entity.Id}");
            w.WriteLine($"  labels: {string.Join("  ", entity.Labels.Properties().Select(p => $"{p.Name}: {p.Value}"))}");
            w.WriteLine($"  names:  {string.Join(" · ", names.Select(n => n.Name))}");
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  statements: {statements.Count}{(statements.Count == settings.Limit ? " (limit reached; --limit N shows more)" : string.Empty)}"));
            if (statements.Count > 0)
            {
                var table = new TextTable("subject", "predicate", "object", "status", "article", "sent", "span", "evidence");
                foreach (var s in statements)
                {
                    var status = s.AttributedTo is null ? s.Status : $"{s.Status} by {s.AttributedTo}";
                    table.Add(s.SubjectName, s.Predicate, s.ObjectName, status, s.Article, s.Sentence, $"{s.Start}-{s.End}", s.Evidence);
                }

                w.WriteLine();
                table.Write(w);
            }

            w.WriteLine();
        }

        if (settings.Json)
        {
            WriteJson(context.Out, new JObject { ["query"] = "entity", ["name"] = settings.Name, ["matches"] = json });
        }
    }

    private static async Task NeighborsAsync(QuerySettings settings, CommandContext context, StoreQueries queries, IReadOnlyList<EntityRow> matches, CancellationToken cancellationToken)
    {
        var json = new JArray();
        foreach (var entity in matches)
        {
            var neighbors = await queries.NeighborsAsync(entity.Id, cancellationToken).ConfigureAwait(false);
            if (settings.Json)
            {
                json.Add(new JObject
                {
                    ["id"] = entity.Id,
                    ["name"] = entity.Name,
                    ["type"] = entity.Type,
                    ["neighbors"] = new JArray(neighbors.Select(n => new JObject
                    {
                        ["id"] = n.Id,
                        ["name"] = n.Name,
                        ["type"] = n.Type,
                        ["predicate"] = n.Predicate,
                        ["direction"] = n.Direction,
                        ["statements"] = n.Statements,
                    })),
                });
                continue;
            }

            var w = context.Out;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entity.Name}  [{entity.Type}]  {entity.Id}: {neighbors.Count} neighbour links"));
            if (neighbors.Count > 0)
            {
                var table = new TextTable("relation", "neighbour", "type", "statements");
                foreach (var n in neighbors)
                {
                    var relation = n.Direction == "out" ? $"-{n.Predicate}->" : $"<-{n.Predicate}-";
                    table.Add(relation, n.Name, n.Type, n.Statements);
                }

                w.WriteLine();
                table.Write(w);
            }

            w.WriteLine();
        }

        if (settings.Json)
        {
            WriteJson(context.Out, new JObject { ["query"] = "neighbors", ["name"] = settings.Name, ["matches"] = json });
        }
    }

    private static JObject ToJson(StatementRow s) => new()
    {
        ["id"] = s.Id,
        ["article"] = s.Article,
        ["subject"] = new JObject { ["id"] = s.SubjectId, ["name"] = s.SubjectName },
        ["predicate"] = s.Predicate,
        ["object"] = new JObject { ["id"] = s.ObjectId, ["name"] = s.ObjectName },
        ["status"] = s.Status,
        ["attributed_to"] = s.AttributedTo,
        ["qualifiers"] = s.Qualifiers,
        ["evidence"] = new JObject { ["sentence"] = s.Sentence, ["start"] = s.Start, ["end"] = s.End, ["text"] = s.Evidence },
        ["rule"] = s.Rule,
        ["confidence"] = s.Confidence,
    };

    private static void WriteJson(TextWriter writer, JObject o) => writer.WriteLine(o.ToString(Formatting.Indented));
}
