using GeoGraph.Core.Model;
using GeoGraph.Core.Schema;

namespace GeoGraph.Extraction.Engine;

/// <summary>The status, attribution and qualifiers of one matched statement.</summary>
internal sealed record Claim(StatementStatus Status, Entity? AttributedTo, Entity? DeniedBy, Dictionary<string, string> Qualifiers);
