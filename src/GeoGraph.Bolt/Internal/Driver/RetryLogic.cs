using System.Diagnostics;

namespace GeoGraph.Bolt.Internal.Driver;

/// <summary>
/// Managed-transaction retries: retriable failures (transient errors except the two deliberate-stop codes, lost
/// connections, expired sessions) are retried with exponential backoff (×2) and ±20 % jitter until the
/// max retry time has passed; then the last failure is thrown.
/// </summary>
internal sealed class RetryLogic(TimeSpan maxRetryTime, TimeSpan initialDelay)
{
    private const double Multiplier = 2.0;
    private const double JitterFactor = 0.2;

    public async Task<T> RetryAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var delay = initialDelay;
        List<Exception>? failures = null;
        while (true)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsRetriable)
            {
                (failures ??= []).Add(e);
                if (clock.Elapsed >= maxRetryTime)
                {
                    throw;
                }

                var jitter = delay.TotalMilliseconds * JitterFactor;
                var wait = delay.TotalMilliseconds + ((Random.Shared.NextDouble() * 2) - 1) * jitter;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, wait)), cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(delay.TotalMilliseconds * Multiplier);
            }
        }
    }
}
