using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Engine;

/// <summary>A triple found by a recognition or relation rule, before it becomes a <see cref="Statement"/>.</summary>
internal sealed record Fact(Entity Subject, Predicate Predicate, Entity Object, string RuleId, int FirstToken, int LastToken)
{
    public StatementStatus Status { get; init; } = StatementStatus.Asserted;

    public Entity? AttributedTo { get; init; }

    public Entity? DeniedBy { get; init; }

    public Dictionary<string, string> Qualifiers { get; init; } = new(StringComparer.Ordinal);
}
