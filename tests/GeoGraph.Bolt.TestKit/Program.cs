using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GeoGraph.Bolt.TestKit;

/// <summary>
/// A backend for Neo4j's driver test kit: listens on 127.0.0.1 at the port given as the only argument and translates
/// the test kit's JSON requests into calls on GeoGraph.Bolt's driver API. One connection is one test run.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">The port to listen on.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 1 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            await Console.Error.WriteLineAsync("usage: GeoGraph.Bolt.TestKit PORT   (listens on 127.0.0.1:PORT)").ConfigureAwait(false);
            return 2;
        }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        await Console.Out.WriteLineAsync($"GeoGraph.Bolt test kit backend listening on 127.0.0.1:{port}").ConfigureAwait(false);
        try
        {
            while (!cts.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(cts.Token).ConfigureAwait(false);
                _ = Task.Run(() => ServeAsync(client, cts.Token), cts.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            listener.Stop();
        }

        return 0;
    }

    private static async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            await using var backend = new Backend(client.GetStream());
            try
            {
                await backend.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The test kit closed the connection: the run is over.
            }
        }
    }
}
