using Newtonsoft.Json.Linq;

namespace GeoGraph.Cli.Commands;

/// <summary>A statement row with the names of its entities.</summary>
internal sealed record StatementRow(
    string Id,
    string Article,
    string SubjectId,
    string SubjectName,
    string Predicate,
    string ObjectId,
    string ObjectName,
    string Status,
    string? AttributedTo,
    JObject Qualifiers,
    int Sentence,
    int Start,
    int End,
    string Evidence,
    string Rule,
    double Confidence);
