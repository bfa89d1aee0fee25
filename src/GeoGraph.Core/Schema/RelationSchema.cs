using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Core.Schema;

/// <summary>
/// The relation schema, loaded from the embedded copy of <c>relations.json</c>. The C# enums are the
/// compile-time view of the same lists; loading fails if they drift apart, so the JSON stays the source of truth.
/// </summary>
public static class RelationSchema
{
    private static readonly FrozenDictionary<string, PredicateInfo> ByName;
    private static readonly PredicateInfo[] ByValue;

    static RelationSchema()
    {
        using var stream = typeof(RelationSchema).Assembly.GetManifestResourceStream("GeoGraph.Core.relations.json")
            ?? throw new InvalidOperationException("relations.json is not embedded in GeoGraph.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Json = reader.ReadToEnd();
        var root = JObject.Parse(Json);
        Version = root.Value<int>("version");

        var predicates = new List<PredicateInfo>();
        foreach (var p in root["predicates"]!)
        {
            var name = p.Value<string>("name")!;
            var predicate = ParseEnum<Predicate>(ToPascal(name), "predicate", name);
            var family = ParseEnum<PredicateFamily>(ToPascal(p.Value<string>("family")!), "family", p.Value<string>("family")!);
            predicates.Add(new PredicateInfo(predicate, name, p.Value<bool>("symmetric"), family));
        }

        if (predicates.Count != Enum.GetValues<Predicate>().Length)
        {
            throw new InvalidOperationException(
                $"relations.json lists {predicates.Count} predicates but the Predicate enum has {Enum.GetValues<Predicate>().Length}.");
        }

        Predicates = predicates;
        ByName = predicates.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        ByValue = new PredicateInfo[predicates.Count];
        foreach (var p in predicates)
        {
            ByValue[(int)p.Predicate] = p;
        }

        EntityTypeNames = root["entity_types"]!.Select(t => t.Value<string>()!).ToArray();
        foreach (var t in EntityTypeNames)
        {
            ParseEnum<EntityType>(t, "entity type", t);
        }

        StatusNames = root["statuses"]!.Select(t => t.Value<string>()!).ToArray();
        foreach (var s in StatusNames)
        {
            ParseEnum<StatementStatus>(ToPascal(s), "status", s);
        }

        if (EntityTypeNames.Count != Enum.GetValues<EntityType>().Length || StatusNames.Count != Enum.GetValues<StatementStatus>().Length)
        {
            throw new InvalidOperationException("relations.json and the EntityType/StatementStatus enums list different members.");
        }
    }

    /// <summary>The schema version from <c>relations.json</c>.</summary>
    public static int Version { get; }

    /// <summary>The text of the embedded <c>relations.json</c>.</summary>
    public static string Json { get; }

    /// <summary>All predicates in schema order.</summary>
    public static IReadOnlyList<PredicateInfo> Predicates { get; }

    /// <summary>The entity type names in schema order.</summary>
    public static IReadOnlyList<string> EntityTypeNames { get; }

    /// <summary>The status names in schema order.</summary>
    public static IReadOnlyList<string> StatusNames { get; }

    /// <summary>The schema entry of a predicate.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>Its name, symmetry and family.</returns>
    public static PredicateInfo Info(this Predicate predicate) => ByValue[(int)predicate];

    /// <summary>The schema name of a predicate, e.g. <c>MEMBER_OF</c>.</summary>
    /// <param name="predicate">The predicate.</param>
    /// <returns>The name used on the wire, in Neo4j and in the gold files.</returns>
    public static string ToSchemaName(this Predicate predicate) => ByValue[(int)predicate].Name;

    /// <summary>The schema name of a status, e.g. <c>reported</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The lower-case name.</returns>
    public static string ToSchemaName(this StatementStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The schema name of an entity type, e.g. <c>MediaOutlet</c>.</summary>
    /// <param name="type">The entity type.</param>
    /// <returns>The name as the schema spells it.</returns>
    public static string ToSchemaName(this EntityType type) => type.ToString();

    /// <summary>Looks a predicate up by its schema name (case-sensitive, <c>MEMBER_OF</c>).</summary>
    /// <param name="name">The schema name.</param>
    /// <param name="predicate">The predicate, when found.</param>
    /// <returns>Whether the name is a schema predicate.</returns>
    public static bool TryParsePredicate(string name, out Predicate predicate)
    {
        if (ByName.TryGetValue(name, out var info))
        {
            predicate = info.Predicate;
            return true;
        }

        predicate = default;
        return false;
    }

    /// <summary>Parses a schema predicate name or throws a message that lists the valid names.</summary>
    /// <param name="name">The schema name.</param>
    /// <returns>The predicate.</returns>
    public static Predicate ParsePredicate(string name) =>
        TryParsePredicate(name, out var p)
            ? p
            : throw new FormatException($"'{name}' is not a predicate of the schema; expected one of {string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Parses a schema status name (<c>reported</c>).</summary>
    /// <param name="name">The status name.</param>
    /// <param name="status">The status, when valid.</param>
    /// <returns>Whether the name is a schema status.</returns>
    public static bool TryParseStatus(string name, out StatementStatus status)
    {
        foreach (var s in Enum.GetValues<StatementStatus>())
        {
            if (string.Equals(s.ToSchemaName(), name, StringComparison.Ordinal))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>Parses a schema entity type name (<c>MediaOutlet</c>).</summary>
    /// <param name="name">The type name.</param>
    /// <param name="type">The type, when valid.</param>
    /// <returns>Whether the name is a schema entity type.</returns>
    public static bool TryParseEntityType(string name, out EntityType type) =>
        Enum.TryParse(name, ignoreCase: false, out type) && Enum.IsDefined(type);

    private static T ParseEnum<T>(string value, string what, string original)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var result) && Enum.IsDefined(result)
            ? result
            : throw new InvalidOperationException($"relations.json names {what} '{original}', which the {typeof(T).Name} enum lacks.");

    private static string ToPascal(string snake)
    {
        var sb = new StringBuilder(snake.Length);
        foreach (var part in snake.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(char.ToUpper(part[0], CultureInfo.InvariantCulture));
            sb.Append(part[1..].ToLowerInvariant());
        }

        return sb.ToString();
    }
}
