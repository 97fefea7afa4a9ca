using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Tests.Support;

/// <summary>
/// A tiny Kestrel WebSocket endpoint on loopback for what WireMock.Net cannot do (it has no WebSockets): exact close
/// codes, a connection dropped mid-stream, a peer that goes silent. Each connection is handed to <c>script</c>; the
/// upgrade request's headers and the server's view of the client's close are recorded.
/// </summary>
public sealed class WebSocketTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebSocketTestServer(WebApplication app) => _app = app;

    /// <summary>The upgrade requests' headers, one entry per connection.</summary>
    public ConcurrentQueue<IHeaderDictionary> Handshakes { get; } = new();

    /// <summary>The close status each connection received from the client, when it sent one.</summary>
    public ConcurrentQueue<WebSocketCloseStatus?> ClientCloses { get; } = new();

    /// <summary>Completes when a connection's script has finished.</summary>
    public TaskCompletionSource ScriptDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The base URL to put in <see cref="InteractlyOptions.BaseUrl"/>.</summary>
    public Uri BaseUrl => new(LoopbackApp.AddressOf(_app), "/workflows/");

    /// <summary>Starts the server; <paramref name="script"/> plays each accepted connection.</summary>
    public static async Task<WebSocketTestServer> StartAsync(Func<WebSocketTestServer, HttpContext, WebSocket, Task> script, int refuseWithStatus = 0)
    {
        var app = LoopbackApp.Create();
        var server = new WebSocketTestServer(app);
        app.UseWebSockets();
        app.Map("/workflows/v1/workflow-runs/ws", async (HttpContext http) =>
        {
            server.Handshakes.Enqueue(new HeaderDictionary(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value)));
            if (refuseWithStatus != 0 || !http.WebSockets.IsWebSocketRequest)
            {
                http.Response.StatusCode = refuseWithStatus == 0 ? 400 : refuseWithStatus;
                return;
            }

            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            try
            {
                await script(server, http, socket);
            }
            finally
            {
                server.ScriptDone.TrySetResult();
            }
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>Reads one text frame as JSON, or null when the client closed (its close status is recorded and answered).</summary>
    public async Task<JsonObject?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken = default)
    {
        using var frame = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                ClientCloses.Enqueue(result.CloseStatus);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                return null;
            }

            frame.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(frame.ToArray())!.AsObject();
            }
        }
    }

    /// <summary>Sends a text frame.</summary>
    public static Task SendAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Closes with a code and waits for the client's answer.</summary>
    public static Task CloseAsync(WebSocket socket, int code, string reason) =>
        socket.CloseAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
