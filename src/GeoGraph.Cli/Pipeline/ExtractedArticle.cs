using GeoGraph.Core.Input;
using GeoGraph.Core.Model;

namespace GeoGraph.Cli.Pipeline;

/// <summary>One input after extraction: the article with its statements, or the problem that stopped it.</summary>
/// <param name="Article">The article, unless the input failed.</param>
/// <param name="Statements">The statements whose evidence checked out against the text.</param>
/// <param name="Problems">Problems: the input's own, an extractor failure, or statements dropped for bad evidence.</param>
internal sealed record ExtractedArticle(Article? Article, IReadOnlyList<Statement> Statements, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Whether the article was lost (unreadable input or extractor failure); dropped statements do not count.</summary>
    public bool Failed => Article is null;
}
