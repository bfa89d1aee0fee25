using GeoGraph.Queries.Results;

namespace GeoGraph.Queries;

/// <summary>
/// The query library: named questions about the graph, answered the same way by the embedded store
/// (<see cref="EmbeddedGraphQueries"/>) and by Neo4j (<see cref="Neo4jGraphQueries"/>). Every entity argument is a
/// name in any language, an alias or an id; a name that is ambiguous or unknown throws
/// <see cref="EntityResolutionException"/> listing the candidates or near matches (only <see cref="EntityAsync"/>
/// returns them as its answer). Lists are cut at <c>limit</c> entries.
/// </summary>
public interface IGraphQueries : IAsyncDisposable
{
    /// <summary><c>entity</c>: resolves a name to entities with type, labels, degree and top relations.</summary>
    /// <param name="name">A name in any language, an alias or an id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The match, the candidates of an ambiguous name, or near matches of an unknown one.</returns>
    Task<EntityResolution> EntityAsync(string name, CancellationToken cancellationToken = default);

    /// <summary><c>neighbors</c>: the relations of an entity, in and out, filtered.</summary>
    /// <param name="name">The entity.</param>
    /// <param name="filter">Predicate, family, status, time and mention filters; null for none.</param>
    /// <param name="limit">At most this many relations.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The relations, most mentioned first.</returns>
    Task<NeighborsResult> NeighborsAsync(string name, NeighborFilter? filter = null, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary><c>between</c>: every statement linking two entities, both directions, with evidence.</summary>
    /// <param name="a">The first entity.</param>
    /// <param name="b">The second entity.</param>
    /// <param name="limit">At most this many statements.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The statements in time order.</returns>
    Task<BetweenResult> BetweenAsync(string a, string b, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary><c>path</c>: all shortest paths between two entities over the relation graph, ignoring direction.</summary>
    /// <param name="from">The start entity.</param>
    /// <param name="to">The end entity.</param>
    /// <param name="maxHops">The longest path considered, 1 to <see cref="QueryLimits.MaxPathHops"/>.</param>
    /// <param name="excludePredicates">Schema predicate names the path may not use.</param>
    /// <param name="limit">At most this many paths.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The paths, or none when the entities are further apart than <paramref name="maxHops"/>.</returns>
    Task<PathResult> PathAsync(string from, string to, int maxHops = 4, IReadOnlyCollection<string>? excludePredicates = null, int limit = 25, CancellationToken cancellationToken = default);

    /// <summary><c>timeline</c>: the statements involving an entity, ordered by time (qualifier time, else article date).</summary>
    /// <param name="name">The entity.</param>
    /// <param name="limit">At most this many statements.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The statements, earliest first, undated last.</returns>
    Task<TimelineResult> TimelineAsync(string name, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary><c>who</c>: who did PREDICATE to OBJECT, or what SUBJECT did with PREDICATE.</summary>
    /// <param name="predicate">The schema predicate name, e.g. <c>SANCTIONED</c>.</param>
    /// <param name="subject">Only this subject, if given.</param>
    /// <param name="obj">Only this object, if given.</param>
    /// <param name="limit">At most this many triples.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One row per (subject, object), most mentioned first.</returns>
    Task<IReadOnlyList<RelationAggregate>> WhoAsync(string predicate, string? subject = null, string? obj = null, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary><c>claims</c>: reported, disputed and negated statements with who claims and who denies.</summary>
    /// <param name="name">Only claims involving this entity (as subject, object, claimant or denier), if given.</param>
    /// <param name="limit">At most this many statements.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The statements in time order.</returns>
    Task<IReadOnlyList<StatementView>> ClaimsAsync(string? name = null, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary><c>evidence</c>: the source sentences behind a relation (both directions for a symmetric predicate).</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="predicate">The schema predicate name.</param>
    /// <param name="obj">The object.</param>
    /// <param name="limit">At most this many sentences.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The sentences with their articles, by article date.</returns>
    Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(string subject, string predicate, string obj, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary><c>top</c>: the most central entities.</summary>
    /// <param name="by">Degree or PageRank.</param>
    /// <param name="limit">At most this many entities.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The entities, highest score first.</returns>
    Task<IReadOnlyList<TopEntity>> TopAsync(TopMeasure by = TopMeasure.Degree, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary><c>relations</c>: the balance of cooperative and conflictual statements between two entities per month.</summary>
    /// <param name="a">The first entity.</param>
    /// <param name="b">The second entity.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One tone score per month.</returns>
    Task<RelationsResult> RelationsAsync(string a, string b, CancellationToken cancellationToken = default);

    /// <summary><c>co-mentions</c>: entities that appear in the same articles as an entity.</summary>
    /// <param name="name">The entity.</param>
    /// <param name="limit">At most this many entities.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The entities, most shared articles first.</returns>
    Task<CoMentionsResult> CoMentionsAsync(string name, int limit = 50, CancellationToken cancellationToken = default);
}
