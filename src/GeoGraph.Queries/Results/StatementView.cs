using GeoGraph.Core.Model;

namespace GeoGraph.Queries.Results;

/// <summary>One statement as the queries return it: the triple, its status, attribution, time and evidence.</summary>
/// <param name="Id">The statement id (content hash).</param>
/// <param name="ArticleId">The article it was read from.</param>
/// <param name="ArticleDate">The article's date, if known.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Predicate">The schema predicate name.</param>
/// <param name="Object">The object.</param>
/// <param name="Status">The schema status name.</param>
/// <param name="AttributedTo">Who claims it, if recorded.</param>
/// <param name="DeniedBy">Who denies it, if recorded.</param>
/// <param name="Time">The qualifier time, if any.</param>
/// <param name="When">The time used for ordering: qualifier time, else article date.</param>
/// <param name="Qualifiers">The qualifiers other than time.</param>
/// <param name="Evidence">The sentence and span it was read from.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
public sealed record StatementView(
    string Id,
    string ArticleId,
    string? ArticleDate,
    EntityRef Subject,
    string Predicate,
    EntityRef Object,
    string Status,
    EntityRef? AttributedTo,
    EntityRef? DeniedBy,
    string? Time,
    string? When,
    IReadOnlyDictionary<string, string> Qualifiers,
    Evidence Evidence,
    string Rule,
    double Confidence);
