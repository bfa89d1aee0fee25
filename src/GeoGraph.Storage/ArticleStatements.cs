using GeoGraph.Core.Model;

namespace GeoGraph.Storage;

/// <summary>One article and the statements extracted from it.</summary>
/// <param name="Article">The article.</param>
/// <param name="Statements">Its statements.</param>
public sealed record ArticleStatements(Article Article, IReadOnlyList<Statement> Statements);
