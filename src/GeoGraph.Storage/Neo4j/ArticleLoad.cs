using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// One article's rows, computed once before any transaction so a retried transaction only resends them.
/// </summary>
internal sealed class ArticleLoad
{
    private ArticleLoad(string id, string textHash, Dictionary<string, object?> article, List<StatementRow> statements,
        List<Entity> entities, List<EntityPair> pairs)
    {
        Id = id;
        TextHash = textHash;
        ArticleRow = article;
        StatementRows = statements;
        Entities = entities;
        Pairs = pairs;
    }

    /// <summary>The article id.</summary>
    public string Id { get; }

    /// <summary>The hash of the article text.</summary>
    public string TextHash { get; }

    /// <summary>The row for <c>articles.cypher</c>.</summary>
    public Dictionary<string, object?> ArticleRow { get; }

    /// <summary>The rows for <c>statements.cypher</c>, one per distinct statement id.</summary>
    public List<StatementRow> StatementRows { get; }

    /// <summary>Every entity the statements name (subject, object, attributed to, denied by), distinct by id.</summary>
    public List<Entity> Entities { get; }

    /// <summary>The typed relationships the statements support, distinct.</summary>
    public List<EntityPair> Pairs { get; }

    /// <summary>Checks every statement belongs to the article it was given with.</summary>
    /// <param name="item">The article and its statements.</param>
    /// <exception cref="ArgumentException">A statement names another article.</exception>
    public static void CheckStatementsBelong(ArticleStatements item)
    {
        foreach (var s in item.Statements)
        {
            if (!string.Equals(s.ArticleId, item.Article.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Statement {s.Id} belongs to article '{s.ArticleId}' but was given with article '{item.Article.Id}'.", nameof(item));
            }
        }
    }

    /// <summary>Computes the rows of one article.</summary>
    /// <param name="item">The article and its statements.</param>
    /// <returns>The rows.</returns>
    public static ArticleLoad Of(ArticleStatements item)
    {
        var article = item.Article;
        var statements = new List<StatementRow>(item.Statements.Count);
        var statementIds = new HashSet<string>(StringComparer.Ordinal);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var pairs = new HashSet<EntityPair>();
        CheckStatementsBelong(item);
        foreach (var s in item.Statements)
        {
            // The id is a content hash of (article, sentence, subject, predicate, object): a repeat is the same statement.
            if (!statementIds.Add(s.Id))
            {
                continue;
            }

            statements.Add(GraphRows.Statement(s));
            entities[s.Subject.Id] = s.Subject;
            entities[s.Object.Id] = s.Object;
            if (s.AttributedTo is { } by)
            {
                entities[by.Id] = by;
            }

            if (s.DeniedBy is { } denier)
            {
                entities[denier.Id] = denier;
            }

            pairs.Add(EntityPair.Of(s.Predicate, s.Subject.Id, s.Object.Id));
        }

        var hash = Neo4j.TextHash.Of(article.Text);
        return new ArticleLoad(article.Id, hash, GraphRows.Article(article, hash), statements, [.. entities.Values], [.. pairs]);
    }
}
