using GeoGraph.Core.Model;

namespace GeoGraph.Core.Input;

/// <summary>What the readers yield: an article, or the problem that stopped one input from becoming an article.</summary>
public sealed record InputRecord
{
    private InputRecord(Article? article, InputProblem? problem)
    {
        Article = article;
        Problem = problem;
    }

    /// <summary>The article, when the input was read.</summary>
    public Article? Article { get; }

    /// <summary>The problem, when it was not.</summary>
    public InputProblem? Problem { get; }

    /// <summary>A record holding an article.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The record.</returns>
    public static InputRecord Of(Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>A record holding a problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The record.</returns>
    public static InputRecord Failed(InputProblem problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));
}
