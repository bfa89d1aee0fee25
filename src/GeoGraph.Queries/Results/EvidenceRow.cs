using GeoGraph.Core.Model;

namespace GeoGraph.Queries.Results;

/// <summary>One source sentence behind a relation.</summary>
/// <param name="StatementId">The statement it supports.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">The article title, if known.</param>
/// <param name="Date">The article date, if known.</param>
/// <param name="Url">The article URL, if known.</param>
/// <param name="Source">The outlet or dataset, if known.</param>
/// <param name="Subject">The statement's subject.</param>
/// <param name="Predicate">The schema predicate name.</param>
/// <param name="Object">The statement's object.</param>
/// <param name="Status">The statement's status.</param>
/// <param name="Evidence">Sentence index, span and text.</param>
public sealed record EvidenceRow(
    string StatementId,
    string ArticleId,
    string? Title,
    string? Date,
    string? Url,
    string? Source,
    EntityRef Subject,
    string Predicate,
    EntityRef Object,
    string Status,
    Evidence Evidence);
