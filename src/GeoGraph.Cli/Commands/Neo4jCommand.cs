using GeoGraph.Bolt;
using GeoGraph.Cli.Neo4j;
using GeoGraph.Cli.Parsing;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Cli.Commands;

/// <summary><c>geograph neo4j init</c>: applies <c>cypher/schema.cypher</c> (constraints, indexes, full-text index).</summary>
internal sealed class Neo4jCommand : ICommand
{
    /// <inheritdoc />
    public string Name => "neo4j";

    /// <inheritdoc />
    public string Summary => "set Neo4j up for GeoGraph: 'neo4j init' creates the constraints and indexes (idempotent)";

    /// <inheritdoc />
    public string Usage => "neo4j init [--neo4j URI] [--database NAME]";

    /// <inheritdoc />
    public IReadOnlyList<string> Examples =>
    [
        "geograph neo4j init --neo4j bolt://localhost:7687",
        "NEO4J_URI=bolt://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=secret geograph neo4j init",
    ];

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => [Neo4jCliOptions.Uri, Neo4jCliOptions.Database];

    /// <inheritdoc />
    public async Task<int> ExecuteAsync(ParsedArguments args, CommandContext context, CancellationToken cancellationToken)
    {
        if (args.Positionals is not ["init"])
        {
            throw new CommandParseException(
                $"expected the subcommand 'init', found {(args.Positionals.Count == 0 ? "none" : $"'{string.Join(' ', args.Positionals)}'")}",
                "run 'geograph neo4j init --neo4j bolt://localhost:7687'.");
        }

        var settings = Neo4jCliOptions.Required(args);
        try
        {
            var driver = settings.CreateDriver();
            await using (driver.ConfigureAwait(false))
            {
                var count = await Neo4jSchema.ApplyAsync(driver, settings.Database, cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"Applied {count} schema statements (constraints, indexes, full-text index) to {settings}.").ConfigureAwait(false);
                await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                return ExitCode.Ok;
            }
        }
        catch (Neo4jException e)
        {
            Neo4jErrors.Print(context.Error, settings, e);
            return ExitCode.Failed;
        }
    }
}
