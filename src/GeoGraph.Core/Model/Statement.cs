using GeoGraph.Core.Schema;

namespace GeoGraph.Core.Model;

/// <summary>
/// One extracted triple with its status, attribution, qualifiers and provenance. The <see cref="Id"/> is a content hash
/// of (article, sentence, subject, predicate, object), so the same statement extracted twice has the same id.
/// </summary>
public sealed record Statement
{
    /// <summary>Creates a statement; the id is computed from its content.</summary>
    /// <param name="articleId">The article it was read from.</param>
    /// <param name="subject">The subject entity.</param>
    /// <param name="predicate">The schema predicate.</param>
    /// <param name="obj">The object entity.</param>
    /// <param name="evidence">The sentence and span it was read from.</param>
    /// <param name="ruleId">The id of the rule that produced it.</param>
    public Statement(string articleId, Entity subject, Predicate predicate, Entity obj, Evidence evidence, string ruleId)
    {
        ArticleId = articleId;
        Subject = subject;
        Predicate = predicate;
        Object = obj;
        Evidence = evidence;
        RuleId = ruleId;
        Id = StatementId.Compute(articleId, evidence.Sentence, subject.Id, predicate, obj.Id);
    }

    /// <summary>The content-hash id.</summary>
    public string Id { get; }

    /// <summary>The article it was read from.</summary>
    public string ArticleId { get; }

    /// <summary>The subject entity.</summary>
    public Entity Subject { get; }

    /// <summary>The predicate.</summary>
    public Predicate Predicate { get; }

    /// <summary>The object entity.</summary>
    public Entity Object { get; }

    /// <summary>Asserted, reported, disputed, negated or planned.</summary>
    public StatementStatus Status { get; init; } = StatementStatus.Asserted;

    /// <summary>Who made the claim, when the status is not asserted.</summary>
    public Entity? AttributedTo { get; init; }

    /// <summary>Who denied the claim, for disputed statements.</summary>
    public Entity? DeniedBy { get; init; }

    /// <summary>Qualifiers such as <c>time</c>, <c>role</c>, <c>item</c>, <c>weapon</c>, <c>count</c>.</summary>
    public IReadOnlyDictionary<string, string> Qualifiers { get; init; } = EmptyQualifiers;

    /// <summary>The sentence and span the statement was read from.</summary>
    public Evidence Evidence { get; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 0.9;

    /// <summary>The id of the rule that produced the statement.</summary>
    public string RuleId { get; }

    /// <summary>The tokens the rule matched, for <c>extract --explain</c>; empty when not recorded.</summary>
    public IReadOnlyList<string> Matched { get; init; } = [];

    private static readonly IReadOnlyDictionary<string, string> EmptyQualifiers = new Dictionary<string, string>(StringComparer.Ordinal);
}
