using GeoGraph.Bolt;
using GeoGraph.Cli.Neo4j;
using GeoGraph.Cli.Parsing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph cypher "QUERY"</c>: runs any Cypher against Neo4j and prints a table like cypher-shell, or JSON.</summary>
internal sealed class CypherCommand : ICommand
{
    private static readonly OptionSpec ParamOption = new("--param", "NAME=VALUE", "a query parameter; VALUE is JSON when it parses as JSON, else a string", Repeatable: true);
    private static readonly OptionSpec JsonOption = new("--json", null, "print the records as a JSON array of objects");

    /// <inheritdoc />
    public string Name => "cypher";

    /// <inheritdoc />
    public string Summary => "run a Cypher query against Neo4j and print the result as a table (or JSON)";

    /// <inheritdoc />
    public string Usage => "cypher \"QUERY\" [--param NAME=VALUE]... [--json] [--neo4j URI] [--database NAME]";

    /// <inheritdoc />
    public IReadOnlyList<string> Examples =>
    [
        "geograph cypher \"MATCH (c:Country)-[r:MEMBER_OF]->(o) RETURN c.name, o.name, r.mentions\"",
        "geograph cypher \"MATCH (e:Entity {name: $name}) RETURN e\" --param name=Kazakhstan --json",
    ];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => [ParamOption, JsonOption, Neo4jCliOptions.Uri, Neo4jCliOptions.Database];

    /// <inheritdoc />
    public async Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken)
    {
        if (args.Positionals.Count != 1)
        {
            throw new CommandParseException(
                $"expected one quoted query, found {(args.Positionals.Count == 0 ? "none" : $"{args.Positionals.Count} arguments")}",
                "quote the whole query: geograph cypher \"MATCH (n) RETURN count(n)\".");
        }

        var query = args.Positionals[0];
        var parameters = CypherParameters.Parse(args.Values(ParamOption.Name));
        var settings = Neo4jCliOptions.Required(args);
        try
        {
            var driver = settings.CreateDriver();
            await using (driver.ConfigureAwait(false))
            {
                var session = driver.AsyncSession(b =>
                {
                    if (settings.Database is not null)
                    {
                        b.WithDatabase(settings.Database);
                    }
                });
                await using (session.ConfigureAwait(false))
                {
                    var cursor = await session.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
                    var keys = await cursor.KeysAsync(cancellationToken).ConfigureAwait(false);
                    var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
                    if (args.Flag(JsonOption.Name))
                    {
                        var array = new JArray(records.Select(r =>
                        {
                            var o = new JObject();
                            for (var i = 0; i < r.Keys.Count; i++)
                            {
                                o[r.Keys[i]] = CypherValueJson.From(r.Values[i]);
                            }

                            return o;
                        }));
                        await context.Out.WriteLineAsync(array.ToString(Formatting.Indented)).ConfigureAwait(false);
                    }
                    else
                    {
                        CypherTable.Write(context.Out, keys, [.. records.Select(r => r.Values)]);
                    }

                    await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                    return ExitCode.Ok;
                }
            }
        }
        catch (Neo4jException e)
        {
            Neo4jErrors.Print(context.Error, settings, e);
            return ExitCode.Failed;
        }
    }
}
