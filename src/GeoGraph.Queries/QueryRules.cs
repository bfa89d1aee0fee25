using GeoGraph.Core.Schema;
using GeoGraph.Queries.Results;

namespace GeoGraph.Queries;

/// <summary>
/// The rules both implementations share, so the embedded store and Neo4j answer alike: argument validation, predicate
/// families, the time-range test and the orderings of every result list.
/// </summary>
internal static class QueryRules
{
    /// <summary>The statuses the <c>claims</c> query reports.</summary>
    public static readonly IReadOnlyList<string> ClaimStatuses = ["reported", "disputed", "negated"];

    /// <summary>The schema name of a family: <c>structure</c>, <c>cooperative</c>, <c>conflictual</c>.</summary>
    public static string FamilyName(PredicateFamily family) => family.ToString().ToLowerInvariant();

    /// <summary>The family name of a predicate given by schema name.</summary>
    public static string FamilyOf(string predicate) =>
        RelationSchema.TryParsePredicate(predicate, out var p) ? FamilyName(p.Info().Family) : "unknown";

    /// <summary>Whether a predicate (schema name) is symmetric.</summary>
    public static bool IsSymmetric(string predicate) => RelationSchema.TryParsePredicate(predicate, out var p) && p.Info().Symmetric;

    /// <summary>The schema names of all predicates of a family.</summary>
    public static IReadOnlyList<string> PredicatesOf(PredicateFamily family) =>
        RelationSchema.Predicates.Where(p => p.Family == family).Select(p => p.Name).ToList();

    /// <summary>Checks a predicate name against the schema.</summary>
    /// <exception cref="ArgumentException">Not a schema predicate; the message lists the valid names.</exception>
    public static string Predicate(string name)
    {
        try
        {
            return RelationSchema.ParsePredicate(name.Trim().ToUpperInvariant()).ToSchemaName();
        }
        catch (FormatException e)
        {
            throw new ArgumentException(e.Message, nameof(name), e);
        }
    }

    /// <summary>
    /// The predicates a neighbor filter lets through, or null for all: the intersection of the explicit predicates and
    /// the family's predicates.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown predicate, family, status or a malformed date.</exception>
    public static IReadOnlyList<string>? AllowedPredicates(NeighborFilter filter)
    {
        IEnumerable<string>? allowed = filter.Predicates?.Select(Predicate).ToList();
        if (filter.Family is { } familyName)
        {
            if (!Enum.TryParse<PredicateFamily>(familyName.Trim(), ignoreCase: true, out var family) || !Enum.IsDefined(family))
            {
                throw new ArgumentException($"'{familyName}' is not a predicate family; expected structure, cooperative or conflictual.", nameof(filter));
            }

            var ofFamily = PredicatesOf(family);
            allowed = allowed is null ? ofFamily : allowed.Intersect(ofFamily, StringComparer.Ordinal);
        }

        return allowed?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Checks status names against the schema.</summary>
    /// <exception cref="ArgumentException">Not a schema status.</exception>
    public static IReadOnlyList<string>? Statuses(IReadOnlyList<string>? statuses) =>
        statuses?.Select(s =>
        {
            var name = s.Trim().ToLowerInvariant();
            return RelationSchema.TryParseStatus(name, out _)
                ? name
                : throw new ArgumentException($"'{s}' is not a status; expected one of {string.Join(", ", RelationSchema.StatusNames)}.", nameof(statuses));
        }).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Checks a date bound: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="ArgumentException">Any other shape.</exception>
    public static string? DateBound(string? value, string what)
    {
        if (value is null)
        {
            return null;
        }

        var v = value.Trim();
        var ok = v.Length is 4 or 7 or 10 && v.Select((c, i) => i is 4 or 7 ? c == '-' : char.IsAsciiDigit(c)).All(b => b);
        return ok ? v : throw new ArgumentException($"{what} '{value}' is not a date; expected yyyy, yyyy-MM or yyyy-MM-dd.", what);
    }

    /// <summary>
    /// Whether a (possibly partial) ISO time overlaps [from, to], each bound a date prefix. Written as string
    /// comparisons that Cypher and SQL state identically: <c>(when + '~') &gt;= from AND when &lt;= (to + '~')</c>, since
    /// '~' sorts after every digit and '-'. An undated statement is outside every range.
    /// </summary>
    public static bool InRange(string? when, string? from, string? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        return when is not null
            && (from is null || string.CompareOrdinal(when + "~", from) >= 0)
            && (to is null || string.CompareOrdinal(when, to + "~") <= 0);
    }

    /// <summary>Clamps a limit to at least 1.</summary>
    public static int Limit(int limit) => Math.Max(1, limit);

    /// <summary>Checks a hop bound.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1..<see cref="QueryLimits.MaxPathHops"/>.</exception>
    public static int MaxHops(int maxHops) =>
        maxHops is >= 1 and <= QueryLimits.MaxPathHops
            ? maxHops
            : throw new ArgumentOutOfRangeException(nameof(maxHops), maxHops, $"max hops must be between 1 and {QueryLimits.MaxPathHops}.");

    /// <summary>Statements in time order: dated first by time, then article, sentence and id.</summary>
    public static IOrderedEnumerable<StatementView> InTimeOrder(IEnumerable<StatementView> statements) =>
        statements
            .OrderBy(s => s.When is null)
            .ThenBy(s => s.When, StringComparer.Ordinal)
            .ThenBy(s => s.ArticleId, StringComparer.Ordinal)
            .ThenBy(s => s.Evidence.Sentence)
            .ThenBy(s => s.Id, StringComparer.Ordinal);

    /// <summary>Neighbor relations and relation summaries: most mentioned first, then predicate, other id, direction.</summary>
    public static IOrderedEnumerable<T> Ordered<T>(IEnumerable<T> relations)
        where T : IEntityRelation =>
        relations
            .OrderByDescending(r => r.Mentions)
            .ThenBy(r => r.Predicate, StringComparer.Ordinal)
            .ThenBy(r => r.Other.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Direction, StringComparer.Ordinal);

    /// <summary>Triples: most mentioned first, then subject id, object id.</summary>
    public static IOrderedEnumerable<RelationAggregate> Ordered(IEnumerable<RelationAggregate> rows) =>
        rows
            .OrderByDescending(r => r.Mentions)
            .ThenBy(r => r.Subject.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Object.Id, StringComparer.Ordinal);

    /// <summary>Evidence: by article date (undated last), article, sentence, statement.</summary>
    public static IOrderedEnumerable<EvidenceRow> Ordered(IEnumerable<EvidenceRow> rows) =>
        rows
            .OrderBy(r => r.Date is null)
            .ThenBy(r => r.Date, StringComparer.Ordinal)
            .ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .ThenBy(r => r.Evidence.Sentence)
            .ThenBy(r => r.StatementId, StringComparer.Ordinal);

    /// <summary>Top entities: highest score first, then id.</summary>
    public static IOrderedEnumerable<TopEntity> Ordered(IEnumerable<TopEntity> rows) =>
        rows.OrderByDescending(t => t.Score).ThenBy(t => t.Entity.Id, StringComparer.Ordinal);

    /// <summary>Co-mentions: most shared articles first, then id.</summary>
    public static IOrderedEnumerable<CoMention> Ordered(IEnumerable<CoMention> rows) =>
        rows.OrderByDescending(c => c.Articles).ThenBy(c => c.Entity.Id, StringComparer.Ordinal);

    /// <summary>The tone of a month: (cooperative − conflictual) / (cooperative + conflictual).</summary>
    public static double Tone(long cooperative, long conflictual) =>
        cooperative + conflictual == 0 ? 0 : (double)(cooperative - conflictual) / (cooperative + conflictual);

    /// <summary>The month bucket of a time: its first seven characters (<c>yyyy-MM</c>), or the year alone.</summary>
    public static string Month(string when) => when.Length > 7 ? when[..7] : when;
}
