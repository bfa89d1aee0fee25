using System.Globalization;
using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Core.Serialization;

/// <summary>
/// Reads and writes statements in the JSONL contract of <c>shared/eval/README.md</c>: one object per line with
/// <c>article</c>, <c>subject</c>, <c>predicate</c>, <c>object</c>, <c>status</c>, <c>attributed_to</c>, <c>denied_by</c>,
/// <c>qualifiers</c>, <c>evidence</c> and <c>confidence</c>; <c>rule</c> and <c>id</c> are added for provenance.
/// </summary>
public static class StatementJson
{
    /// <summary>Writes one statement as a single JSON line (no trailing newline).</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="statement">The statement.</param>
    /// <param name="explain">Also write the matched tokens under <c>explain</c>.</param>
    public static void Write(TextWriter writer, Statement statement, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(statement);
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.None, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("article");
        json.WriteValue(statement.ArticleId);
        json.WritePropertyName("subject");
        WriteEntity(json, statement.Subject);
        json.WritePropertyName("predicate");
        json.WriteValue(statement.Predicate.ToSchemaName());
        json.WritePropertyName("object");
        WriteEntity(json, statement.Object);
        json.WritePropertyName("status");
        json.WriteValue(statement.Status.ToSchemaName());
        json.WritePropertyName("attributed_to");
        WriteEntityOrNull(json, statement.AttributedTo);
        json.WritePropertyName("denied_by");
        WriteEntityOrNull(json, statement.DeniedBy);
        json.WritePropertyName("qualifiers");
        json.WriteStartObject();
        foreach (var (k, v) in statement.Qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(k);
            json.WriteValue(v);
        }

        json.WriteEndObject();
        json.WritePropertyName("evidence");
        json.WriteStartObject();
        json.WritePropertyName("sentence");
        json.WriteValue(statement.Evidence.Sentence);
        json.WritePropertyName("start");
        json.WriteValue(statement.Evidence.Start);
        json.WritePropertyName("end");
        json.WriteValue(statement.Evidence.End);
        json.WritePropertyName("text");
        json.WriteValue(statement.Evidence.Text);
        json.WriteEndObject();
        json.WritePropertyName("confidence");
        json.WriteValue(Math.Round(statement.Confidence, 3));
        json.WritePropertyName("rule");
        json.WriteValue(statement.RuleId);
        json.WritePropertyName("id");
        json.WriteValue(statement.Id);
        if (explain)
        {
            json.WritePropertyName("explain");
            json.WriteStartArray();
            foreach (var m in statement.Matched)
            {
                json.WriteValue(m);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>Serialises one statement to a JSON line.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="explain">Also write the matched tokens.</param>
    /// <returns>The JSON text without newline.</returns>
    public static string ToJson(Statement statement, bool explain = false)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        Write(sw, statement, explain);
        return sw.ToString();
    }

    /// <summary>Parses one JSON line of the contract back into a statement.</summary>
    /// <param name="line">The JSON text.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="FormatException">The line is not a statement of the contract; the message says what is wrong.</exception>
    public static Statement Parse(string line)
    {
        JObject o;
        try
        {
            o = JObject.Parse(line);
        }
        catch (JsonReaderException e)
        {
            throw new FormatException($"not JSON: {e.Message}", e);
        }

        var predicate = RelationSchema.ParsePredicate(Required(o, "predicate"));
        var ev = o["evidence"] as JObject ?? throw new FormatException("missing 'evidence' object");
        var evidence = new Evidence(ev.Value<int>("sentence"), ev.Value<int>("start"), ev.Value<int>("end"), ev.Value<string>("text") ?? string.Empty);
        var statusName = o.Value<string>("status") ?? "asserted";
        if (!RelationSchema.TryParseStatus(statusName, out var status))
        {
            throw new FormatException($"'{statusName}' is not a status of the schema");
        }

        var qualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (o["qualifiers"] is JObject q)
        {
            foreach (var p in q.Properties())
            {
                qualifiers[p.Name] = p.Value.Type == JTokenType.String ? p.Value.Value<string>()! : p.Value.ToString(Formatting.None);
            }
        }

        return new Statement(Required(o, "article"), ReadEntity(o["subject"], "subject"), predicate, ReadEntity(o["object"], "object"), evidence, o.Value<string>("rule") ?? "unknown")
        {
            Status = status,
            AttributedTo = o["attributed_to"] is JObject a ? ReadEntity(a, "attributed_to") : null,
            DeniedBy = o["denied_by"] is JObject d ? ReadEntity(d, "denied_by") : null,
            Qualifiers = qualifiers,
            Confidence = o.Value<double?>("confidence") ?? 0.9,
            Matched = o["explain"] is JArray ex ? ex.Select(t => t.Value<string>() ?? string.Empty).ToArray() : [],
        };
    }

    private static string Required(JObject o, string name) =>
        o.Value<string>(name) is { Length: > 0 } v ? v : throw new FormatException($"missing '{name}'");

    private static Entity ReadEntity(JToken? token, string what)
    {
        if (token is not JObject e)
        {
            throw new FormatException($"missing '{what}' object");
        }

        var typeName = e.Value<string>("type") ?? string.Empty;
        if (!RelationSchema.TryParseEntityType(typeName, out var type))
        {
            throw new FormatException($"{what}: '{typeName}' is not an entity type of the schema");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (e["labels"] is JObject l)
        {
            foreach (var p in l.Properties())
            {
                if (p.Value.Type == JTokenType.String)
                {
                    labels[p.Name] = p.Value.Value<string>()!;
                }
            }
        }

        var name = e.Value<string>("name") ?? throw new FormatException($"{what}: missing 'name'");
        var aliases = e["aliases"] is JArray arr ? arr.Select(t => t.Value<string>() ?? string.Empty).Where(s => s.Length > 0).ToArray() : [];
        return new Entity(e.Value<string>("id") ?? name, name, type, labels, aliases);
    }

    private static void WriteEntityOrNull(JsonWriter json, Entity? entity)
    {
        if (entity is null)
        {
            json.WriteNull();
        }
        else
        {
            WriteEntity(json, entity);
        }
    }

    private static void WriteEntity(JsonWriter json, Entity entity)
    {
        json.WriteStartObject();
        json.WritePropertyName("id");
        json.WriteValue(entity.Id);
        json.WritePropertyName("name");
        json.WriteValue(entity.Name);
        json.WritePropertyName("type");
        json.WriteValue(entity.Type.ToSchemaName());
        json.WritePropertyName("labels");
        json.WriteStartObject();
        foreach (var (lang, label) in entity.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(lang);
            json.WriteValue(label);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
