namespace GeoGraph.Core.Model;

/// <summary>Turns one article into statements. Implementations are thread-safe and never throw on any text.</summary>
public interface IExtractor
{
    /// <summary>Extracts the statements of one article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The statements, each with evidence that indexes <see cref="Article.Text"/>.</returns>
    IReadOnlyList<Statement> Extract(Article article);
}
