using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Tests.Support;

/// <summary>
/// A bare HTTP/1.1 endpoint on a loopback socket for the connection faults WireMock.Net cannot produce: its fault
/// types always finish the response, and a web server that aborts a connection resets it, so the client may never
/// see headers that were already sent. Here each fault is exact: a body cut short of its Content-Length and then a
/// clean close, a body that stalls mid-way, a reset before any answer, a stall before the headers.
/// Request n (from 1, in arrival order) is answered with <c>script(n)</c>; every wait ends when the client gives up.
/// </summary>
public sealed class ConnectionFaultServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<int, FaultAnswer> _script;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentBag<Task> _connections = new();
    private Task _accepting = Task.CompletedTask;
    private int _count;

    private ConnectionFaultServer(Func<int, FaultAnswer> script) => _script = script;

    /// <summary>The server root, used as an Octave base URL.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Each request as <c>METHOD /path?query</c>, in arrival order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>Starts listening; <paramref name="script"/> decides the answer to request n (from 1).</summary>
    /// <param name="script">The answer, or the fault, for each request.</param>
    /// <returns>The running server.</returns>
    public static ConnectionFaultServer Start(Func<int, FaultAnswer> script)
    {
        var server = new ConnectionFaultServer(script);
        server._listener.Start();
        server._accepting = server.AcceptAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_connections);
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _connections.Add(ServeAsync(socket));
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        await using (var stream = new NetworkStream(socket, ownsSocket: false))
        {
            try
            {
                // Keep-alive: complete answers leave the connection open for the next request; every fault ends it.
                while (await ReadRequestAsync(stream) is { } request)
                {
                    _requests.Enqueue(request);
                    var answer = _script(Interlocked.Increment(ref _count));
                    if (!await AnswerAsync(socket, stream, answer))
                    {
                        return;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the server is stopping.
            }
        }
    }

    /// <returns>True when the connection may carry another request.</returns>
    private async Task<bool> AnswerAsync(Socket socket, NetworkStream stream, FaultAnswer answer)
    {
        var body = Encoding.UTF8.GetBytes(answer.Json);
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {answer.Status} X\r\nContent-Type: application/json\r\nContent-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        switch (answer.Kind)
        {
            case FaultKind.Complete:
                await stream.WriteAsync(head, _stopping.Token);
                await stream.WriteAsync(body, _stopping.Token);
                return true;

            case FaultKind.Truncate:
                await stream.WriteAsync(head, _stopping.Token);
                await stream.WriteAsync(body.AsMemory(0, answer.Keep), _stopping.Token);

                // A clean close (FIN): what was sent is delivered, then the body simply ends short.
                socket.Shutdown(SocketShutdown.Send);
                await WaitForClientToLeaveAsync(stream);
                return false;

            case FaultKind.StallBody:
                await stream.WriteAsync(head, _stopping.Token);
                await stream.WriteAsync(body.AsMemory(0, answer.Keep), _stopping.Token);
                await WaitForClientToLeaveAsync(stream);
                return false;

            case FaultKind.StallBeforeHeaders:
                await WaitForClientToLeaveAsync(stream);
                return false;

            default:
                // Linger 0 turns the close into a reset (RST): the connection drops with no answer.
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                return false;
        }
    }

    private async Task WaitForClientToLeaveAsync(NetworkStream stream)
    {
        var buffer = new byte[256];
        while (await stream.ReadAsync(buffer, _stopping.Token) > 0)
        {
        }
    }

    /// <summary>Reads one request (head and Content-Length body); null when the client closed the connection.</summary>
    private async Task<string?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one, _stopping.Token) == 0)
            {
                return null;
            }

            head.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n");
        var contentLength = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase))
            {
                throw new NotSupportedException("Chunked request bodies are not read by this test server.");
            }
        }

        await stream.ReadExactlyAsync(new byte[contentLength], _stopping.Token);
        var requestLine = lines[0].Split(' ');
        return requestLine[0] + " " + requestLine[1];
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';
}

/// <summary>How <see cref="ConnectionFaultServer"/> answers one request.</summary>
public enum FaultKind
{
    /// <summary>The full answer.</summary>
    Complete,

    /// <summary>Headers with the full Content-Length, the first bytes of the body, then a clean close.</summary>
    Truncate,

    /// <summary>Headers with the full Content-Length, the first bytes of the body, then nothing.</summary>
    StallBody,

    /// <summary>Nothing at all until the client gives up.</summary>
    StallBeforeHeaders,

    /// <summary>The connection is reset before any answer.</summary>
    Reset,
}

/// <summary>One answer of <see cref="ConnectionFaultServer"/>.</summary>
/// <param name="Kind">What happens on the wire.</param>
/// <param name="Status">The status line's code, when headers are sent.</param>
/// <param name="Json">The full body the headers announce.</param>
/// <param name="Keep">How many body bytes are sent before a truncation or stall.</param>
public sealed record FaultAnswer(FaultKind Kind, int Status = 200, string Json = "", int Keep = 0)
{
    public static FaultAnswer Complete(string json, int status = 200) => new(FaultKind.Complete, status, json);

    public static FaultAnswer Truncate(string json, int keep) => new(FaultKind.Truncate, 200, json, keep);

    public static FaultAnswer StallBody(string json, int keep) => new(FaultKind.StallBody, 200, json, keep);

    public static FaultAnswer StallBeforeHeaders { get; } = new(FaultKind.StallBeforeHeaders);

    public static FaultAnswer Reset { get; } = new(FaultKind.Reset);
}
