namespace GeoGraph.Bolt;

/// <summary>An explicit transaction. Disposing it without committing rolls it back.</summary>
public interface IAsyncTransaction : IAsyncQueryRunner, IAsyncDisposable
{
    /// <summary>Commits (COMMIT); the session's bookmarks advance to the server's new bookmark.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Rolls back (ROLLBACK).</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);
}
