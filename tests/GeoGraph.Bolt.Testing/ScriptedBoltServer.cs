using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Testing;

/// <summary>
/// An in-process Bolt server on 127.0.0.1 (random port) that plays a <see cref="BoltScript"/>: it checks every
/// message the client sends against the script and answers with the scripted messages and actions. Any deviation
/// closes the connection (so the client never hangs) and makes <see cref="WaitForCompletionAsync"/> throw a
/// <see cref="ScriptMismatchException"/> with expected vs received and the whole conversation.
/// Its framing and PackStream decoding are independent of the driver's connection code on purpose.
/// </summary>
public sealed class ScriptedBoltServer : IAsyncDisposable
{
    private readonly BoltScript _script;
    private readonly TcpListener _listener;
    private readonly X509Certificate2? _certificate;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _transcript = [];
    private readonly List<string> _failures = [];
    private readonly Task _run;

    private ScriptedBoltServer(BoltScript script, X509Certificate2? certificate)
    {
        _script = script;
        _certificate = certificate;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _run = Task.Run(RunAsync);
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary><c>bolt://127.0.0.1:PORT</c> (or <c>bolt+ssc://</c> when serving TLS).</summary>
    public string Uri => $"{(_certificate is null ? "bolt" : "bolt+ssc")}://127.0.0.1:{Port}";

    /// <summary>Everything exchanged so far, one line per message, in script syntax (C: received, S: sent).</summary>
    public IReadOnlyList<string> Transcript
    {
        get
        {
            lock (_transcript)
            {
                return [.. _transcript];
            }
        }
    }

    /// <summary>Starts a server playing <paramref name="script"/>; with a certificate it speaks TLS.</summary>
    public static ScriptedBoltServer Start(BoltScript script, X509Certificate2? tlsCertificate = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        return new ScriptedBoltServer(script, tlsCertificate);
    }

    /// <summary>Starts a server playing the script file at <paramref name="path"/>.</summary>
    public static ScriptedBoltServer StartFile(string path) => Start(BoltScript.Load(path));

    /// <summary>
    /// Waits until every scripted connection has been played to the end, then throws if the client deviated.
    /// Throws <see cref="TimeoutException"/> (with the transcript) if the conversation does not finish in time.
    /// </summary>
    public async Task WaitForCompletionAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_run, Task.Delay(timeout)).ConfigureAwait(false) == _run;
        if (!finished)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            throw new TimeoutException($"Script {_script.Name} did not complete within {timeout.TotalSeconds:0.#} s.\n{Report()}");
        }

        lock (_failures)
        {
            if (_failures.Count > 0)
            {
                throw new ScriptMismatchException(string.Join("\n", _failures) + "\n" + Report());
            }
        }
    }

    /// <summary>Stops listening and closes any open connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _run.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private string Report()
    {
        var lines = Transcript;
        return $"Conversation ({_script.Name}):\n" + (lines.Count == 0 ? "  (nothing)" : string.Join("\n", lines.Select(l => "  " + l)));
    }

    private void Log(string line)
    {
        lock (_transcript)
        {
            _transcript.Add(line);
        }
    }

    private void Failed(string failure)
    {
        lock (_failures)
        {
            _failures.Add(failure);
        }
    }

    private async Task RunAsync()
    {
        try
        {
            for (var i = 1; i <= _script.Connections; i++)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
                client.NoDelay = true;
                if (_script.Connections > 1)
                {
                    Log($"# connection {i}");
                }

                Stream stream = client.GetStream();
                if (_certificate is not null)
                {
                    var ssl = new SslStream(stream, false);
                    try
                    {
                        await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, _stop.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException)
                    {
                        Failed($"TLS handshake on connection {i} failed: {e.Message}");
                        await ssl.DisposeAsync().ConfigureAwait(false);
                        return;
                    }

                    stream = ssl;
                }

                await using (stream.ConfigureAwait(false))
                {
                    try
                    {
                        await new Conversation(this, stream).PlayAsync().ConfigureAwait(false);
                    }
                    catch (ScriptMismatchException e)
                    {
                        Failed(e.Message);
                        return;
                    }
                    catch (Exception e) when (e is IOException or SocketException or EndOfStreamException or System.Security.Authentication.AuthenticationException)
                    {
                        Failed($"Connection {i} broke: {e.Message}");
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            Failed("The server was stopped before the script completed.");
        }
        finally
        {
            _listener.Stop();
        }
    }

    /// <summary>One connection's run through the script.</summary>
    private sealed class Conversation(ScriptedBoltServer server, Stream stream)
    {
        private readonly BoltScript _script = server._script;
        private readonly CancellationToken _ct = server._stop.Token;
        private (string Name, List<object?> Fields)? _peeked;
        private bool _ended;

        public async Task PlayAsync()
        {
            if (!await HandshakeAsync().ConfigureAwait(false))
            {
                return;
            }

            if (!await PlayAsync(_script.Items).ConfigureAwait(false))
            {
                return; // <EXIT>
            }

            // After the script, the client may only reset (if allowed), say GOODBYE or close.
            var next = await PeekAsync().ConfigureAwait(false);
            if (next is { } extra)
            {
                throw new ScriptMismatchException(
                    $"Script {_script.Name} ended, but the client sent: C: {ScriptFormatter.FormatMessage(extra.Name, extra.Fields)}");
            }
        }

        private async Task<bool> HandshakeAsync()
        {
            var request = new byte[20];
            await stream.ReadExactlyAsync(request, _ct).ConfigureAwait(false);
            if (BinaryPrimitives.ReadUInt32BigEndian(request) != 0x6060B017)
            {
                throw new ScriptMismatchException($"Expected the Bolt magic 6060B017, got {Convert.ToHexString(request, 0, 4)}.");
            }

            var proposals = Enumerable.Range(0, 4).Select(i => request.AsSpan(4 + (4 * i), 4).ToArray()).ToArray();
            server.Log("C: <HANDSHAKE> " + string.Join(" ", proposals.Select(Convert.ToHexString)));
            if (_script.HandshakeAnswer is { } raw)
            {
                await stream.WriteAsync(raw, _ct).ConfigureAwait(false);
                server.Log("S: <RAW> " + Convert.ToHexString(raw));
                if (_script.Items.Count == 0)
                {
                    return false;
                }

                return true;
            }

            var (major, minor) = _script.Version;
            // A proposal [0, range, minor, major] covers major.(minor-range) … major.minor. Manifest-style proposals
            // (major 0xFF) are skipped: we only speak the classic negotiation.
            var offered = proposals.Any(p => p[3] == major && minor <= p[2] && minor >= p[2] - p[1]);
            if (!offered)
            {
                await stream.WriteAsync(new byte[4], _ct).ConfigureAwait(false);
                throw new ScriptMismatchException(
                    $"The client did not offer Bolt {major}.{minor}; it offered {string.Join(" ", proposals.Select(Convert.ToHexString))}.");
            }

            await stream.WriteAsync(new byte[] { 0, 0, (byte)minor, (byte)major }, _ct).ConfigureAwait(false);
            server.Log($"S: <HANDSHAKE> {major}.{minor}");
            return true;
        }

        /// <summary>Plays items; false when the script closed the connection.</summary>
        private async Task<bool> PlayAsync(IEnumerable<ScriptItem> items)
        {
            foreach (var item in items)
            {
                switch (item)
                {
                    case ClientMessageItem expected:
                        var received = await PeekAsync(expected.Name).ConfigureAwait(false);
                        if (received is null)
                        {
                            throw new ScriptMismatchException(
                                $"Script {_script.Name} line {expected.Line}: expected {expected}, but the client {(_ended ? "said GOODBYE / closed the connection" : "sent nothing")}.");
                        }

                        _peeked = null;
                        if (Mismatch(expected, received.Value) is { } why)
                        {
                            throw new ScriptMismatchException(
                                $"Script {_script.Name} line {expected.Line}:\n  expected: {expected}\n  received: C: {ScriptFormatter.FormatMessage(received.Value.Name, received.Value.Fields)}\n  difference: {why}");
                        }

                        break;
                    case ServerMessageItem message:
                        await SendAsync(message.Name, message.Fields).ConfigureAwait(false);
                        break;
                    case ServerActionItem { Action: "EXIT" }:
                        server.Log("S: <EXIT>");
                        return false;
                    case ServerActionItem { Action: "RAW" } raw:
                        server.Log("S: <RAW> " + Convert.ToHexString(raw.Raw));
                        await stream.WriteAsync(raw.Raw, _ct).ConfigureAwait(false);
                        await stream.FlushAsync(_ct).ConfigureAwait(false);
                        break;
                    case ServerActionItem { Action: "NOOP" }:
                        server.Log("S: <NOOP>");
                        await stream.WriteAsync(new byte[2], _ct).ConfigureAwait(false);
                        break;
                    case ServerActionItem { Action: "SLEEP" } sleep:
                        server.Log($"S: <SLEEP> {sleep.SleepMs}");
                        await Task.Delay(sleep.SleepMs, _ct).ConfigureAwait(false);
                        break;
                    case ScriptBlockItem block:
                        do
                        {
                            var next = await PeekAsync(block.First.Name).ConfigureAwait(false);
                            if (next is null || Mismatch(block.First, next.Value) is not null)
                            {
                                break;
                            }

                            _peeked = null;
                            if (!await PlayAsync(block.Items.Skip(1)).ConfigureAwait(false))
                            {
                                return false;
                            }
                        }
                        while (block.Repeat);
                        break;
                }
            }

            return true;
        }

        private static string? Mismatch(ClientMessageItem expected, (string Name, List<object?> Fields) received)
        {
            if (!string.Equals(expected.Name, received.Name, StringComparison.Ordinal))
            {
                return $"expected a {expected.Name} message, got {received.Name}";
            }

            return received.Fields.Count != expected.Fields.Count
                ? $"expected {expected.Fields.Count} fields, got {received.Fields.Count}"
                : ScriptMatcher.Mismatch(expected.Fields, received.Fields);
        }

        /// <summary>
        /// The client's next message without consuming it; null once the client said GOODBYE or closed. RESETs are
        /// answered here when the script allows them anywhere and is not expecting one.
        /// </summary>
        private async Task<(string Name, List<object?> Fields)?> PeekAsync(string? expecting = null)
        {
            while (_peeked is null && !_ended)
            {
                var message = await ReadMessageAsync().ConfigureAwait(false);
                if (message is null)
                {
                    _ended = true;
                    break;
                }

                var (name, fields) = message.Value;
                server.Log("C: " + ScriptFormatter.FormatMessage(name, fields));
                if (name == "GOODBYE" && expecting != "GOODBYE")
                {
                    _ended = true;
                    break;
                }

                if (name == "RESET" && _script.AllowReset && expecting != "RESET")
                {
                    await SendAsync("SUCCESS", [new Dictionary<string, object?>()]).ConfigureAwait(false);
                    continue;
                }

                _peeked = message;
            }

            return _peeked;
        }

        private async Task<(string Name, List<object?> Fields)?> ReadMessageAsync()
        {
            var message = new ArrayBufferWriter<byte>();
            var header = new byte[2];
            while (true)
            {
                var read = await stream.ReadAtLeastAsync(header, 2, throwOnEndOfStream: false, _ct).ConfigureAwait(false);
                if (read < 2)
                {
                    if (message.WrittenCount == 0)
                    {
                        return null;
                    }

                    throw new ScriptMismatchException("The client closed the connection in the middle of a message.");
                }

                var size = BinaryPrimitives.ReadUInt16BigEndian(header);
                if (size == 0)
                {
                    if (message.WrittenCount == 0)
                    {
                        continue;
                    }

                    return Decode(message.WrittenSpan);
                }

                await stream.ReadExactlyAsync(message.GetMemory(size)[..size], _ct).ConfigureAwait(false);
                message.Advance(size);
            }
        }

        private static (string, List<object?>) Decode(ReadOnlySpan<byte> bytes)
        {
            var reader = new PackStreamReader(bytes);
            var count = reader.ReadStructHeader(out var tag);
            var fields = new List<object?>(count);
            for (var i = 0; i < count; i++)
            {
                fields.Add(reader.ReadValue());
            }

            return (BoltScript.NameOf(tag), fields);
        }

        private async Task SendAsync(string name, IReadOnlyList<object?> fields)
        {
            server.Log("S: " + ScriptFormatter.FormatMessage(name, fields));
            var body = new ArrayBufferWriter<byte>();
            var writer = new PackStreamWriter(body);
            writer.WriteStructHeader(fields.Count, BoltScript.SignatureOf(name));
            foreach (var field in fields)
            {
                writer.WriteValue(field);
            }

            var framed = new ArrayBufferWriter<byte>();
            var span = body.WrittenSpan;
            while (!span.IsEmpty)
            {
                var n = Math.Min(span.Length, ushort.MaxValue);
                BinaryPrimitives.WriteUInt16BigEndian(framed.GetSpan(2), (ushort)n);
                framed.Advance(2);
                framed.Write(span[..n]);
                span = span[n..];
            }

            framed.Write(new byte[2]);
            await stream.WriteAsync(framed.WrittenMemory, _ct).ConfigureAwait(false);
            await stream.FlushAsync(_ct).ConfigureAwait(false);
        }
    }
}
