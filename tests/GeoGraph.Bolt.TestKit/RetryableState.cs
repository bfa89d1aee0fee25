using System.Threading.Channels;
using Newtonsoft.Json.Linq;

namespace GeoGraph.Bolt.TestKit;

/// <summary>
/// Bridges a managed transaction to the test kit's retryable protocol: each attempt of the work function announces
/// itself with <c>RetryableTry</c> and then waits for <c>RetryablePositive</c> (return, so the driver commits) or
/// <c>RetryableNegative</c> (throw, so the driver decides whether to retry). The answer to either is whatever happens
/// next: another attempt's <c>RetryableTry</c>, <c>RetryableDone</c>, or the final error.
/// </summary>
internal sealed class RetryableState
{
    private readonly Channel<JObject> _responses = Channel.CreateUnbounded<JObject>();
    private TaskCompletionSource<Exception?>? _decision;

    public async Task<int> RunAttemptAsync(IAsyncQueryRunner tx, Func<IAsyncQueryRunner, string> register)
    {
        var decision = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _decision = decision;
        _responses.Writer.TryWrite(Backend.Response("RetryableTry", new JObject { ["id"] = register(tx) }));
        if (await decision.Task.ConfigureAwait(false) is { } error)
        {
            throw error;
        }

        return 0;
    }

    public void Finish(JObject response) => _responses.Writer.TryWrite(response);

    public ValueTask<JObject> NextResponseAsync(CancellationToken cancellationToken) => _responses.Reader.ReadAsync(cancellationToken);

    public ValueTask<JObject> DecideAsync(Exception? error, CancellationToken cancellationToken)
    {
        (_decision ?? throw new InvalidOperationException("No retryable transaction attempt is waiting.")).TrySetResult(error);
        return NextResponseAsync(cancellationToken);
    }
}
