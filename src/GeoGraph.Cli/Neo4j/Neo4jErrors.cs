using GeoGraph.Bolt;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Cli.Neo4j;

/// <summary>Prints a Neo4j failure as one clear line with the server's code, plus a hint for the common causes.</summary>
internal static class Neo4jErrors
{
    /// <summary>Writes the error.</summary>
    /// <param name="error">The error writer.</param>
    /// <param name="settings">Where the command connected (never shows the password).</param>
    /// <param name="e">The failure.</param>
    public static void Print(TextWriter error, Neo4jConnectionSettings settings, Neo4jException e)
    {
        error.WriteLine(e.Code.Length > 0
            ? $"error: Neo4j at {settings.Uri} failed: {e.Code}: {e.Message}"
            : $"error: Neo4j at {settings.Uri} failed: {e.Message}");
        var hint = e switch
        {
            AuthenticationException => $"check {Neo4jConnectionSettings.UsernameVariable} and {Neo4jConnectionSettings.PasswordVariable}.",
            ServiceUnavailableException => "is the server running, and is the URI's host and port right?",
            _ when e.Code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal) => "the query was refused; check its syntax and parameters.",
            _ => null,
        };
        if (hint is not null)
        {
            error.WriteLine($"hint: {hint}");
        }
    }
}
