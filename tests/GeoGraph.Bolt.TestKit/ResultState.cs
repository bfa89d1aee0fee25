namespace GeoGraph.Bolt.TestKit;

/// <summary>A result with the one-record look-ahead that <c>ResultPeek</c> needs.</summary>
internal sealed class ResultState(IResultCursor cursor)
{
    private IRecord? _peeked;

    public IResultCursor Cursor { get; } = cursor;

    public async Task<IRecord?> NextAsync(CancellationToken cancellationToken)
    {
        if (_peeked is { } peeked)
        {
            _peeked = null;
            return peeked;
        }

        return await Cursor.FetchAsync(cancellationToken).ConfigureAwait(false) ? Cursor.Current : null;
    }

    public async Task<IRecord?> PeekAsync(CancellationToken cancellationToken)
    {
        _peeked ??= await NextAsync(cancellationToken).ConfigureAwait(false);
        return _peeked;
    }
}
