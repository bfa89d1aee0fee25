using System.Text;
using GeoGraph.Bolt.Testing;
using GeoGraph.Storage.Neo4j;

namespace GeoGraph.Storage.Tests.Neo4j;

/// <summary>Builds scripts for <see cref="ScriptedBoltServer"/> from the checked-in Cypher files and literal parameters.</summary>
internal sealed class BoltScripts
{
    private readonly StringBuilder _text = new();

    public BoltScripts()
    {
        Line("!: BOLT 5.4");
        Line("!: ALLOW RESET");
        Line("C: HELLO {\"user_agent\": *, ...}");
        Line("S: SUCCESS {\"server\": \"Neo4j/5.26.0\", \"connection_id\": \"bolt-1\"}");
        Line("C: LOGON {\"scheme\": \"none\"}");
        Line("S: SUCCESS {}");
    }

    /// <summary>The single statement of a file under <c>cypher/</c>, read from disk.</summary>
    public static string File(string relative) =>
        CypherScript.Split(System.IO.File.ReadAllText(Path.Combine(RepositoryFiles.Cypher, relative))).Single();

    public BoltScripts Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public BoltScripts Begin() => Line("C: BEGIN {...}").Line("S: SUCCESS {}");

    public BoltScripts Commit(string bookmark) => Line("C: COMMIT").Line($"S: SUCCESS {{\"bookmark\": \"{bookmark}\"}}");

    /// <summary>Expects RUN of <paramref name="query"/> with exactly <paramref name="parameters"/>, then PULL; answers with records.</summary>
    public BoltScripts Run(string query, IReadOnlyDictionary<string, object?> parameters, string[]? fields = null, params object?[][] records)
    {
        Line($"C: RUN {ScriptFormatter.Format(query)} {ScriptFormatter.Format(parameters)} {{...}}");
        Line($"S: SUCCESS {{\"fields\": {ScriptFormatter.Format(fields ?? [])}, \"t_first\": 1}}");
        Line("C: PULL {\"n\": *}");
        foreach (var record in records)
        {
            Line($"S: RECORD {ScriptFormatter.Format(record)}");
        }

        return Line("S: SUCCESS {\"has_more\": false, \"t_last\": 1}");
    }

    public BoltScript Build(string name) => BoltScript.Parse(_text.ToString(), name);

    public override string ToString() => _text.ToString();
}
