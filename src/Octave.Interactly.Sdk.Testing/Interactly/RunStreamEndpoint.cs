using System;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// <c>WS /v1/workflow-runs/ws</c>: the streaming driver (§2.4). The first frame is a bare <c>WorkflowRunInput</c> with
/// <c>workflow_id</c>; it starts a run played by the same script interpreter as the HTTP turns, so a streamed run
/// emits the same events. The server answers with an acknowledgement (a frame without <c>type</c>:
/// <c>workflow_run_id</c>, <c>workflow_id</c>, <c>status</c>), then sends every event as its own frame, pumps
/// background work itself, and reads the next <c>WorkflowRunInput</c> frame whenever the run waits for input. Close
/// codes: 1000 when the run ends (completed, failed, cancelled, aborted), 4006 for a first frame with
/// <c>initial_state</c>, 4007 for any <c>rerun_token</c> (the emulator issues none), 1008 for other bad input.
/// If the client leaves first, the run stays as it is, like an abandoned HTTP session.
/// </summary>
internal sealed class RunStreamEndpoint
{
    /// <summary>Background steps pumped in a row before the server waits for the client again.</summary>
    private const int MaxPumpsInARow = 50;

    private const int MaxFrameBytes = 1024 * 1024;

    private readonly InteractlyServices services;
    private readonly StreamSessionTokens tokens;

    private RunStreamEndpoint(InteractlyServices services, StreamSessionTokens tokens)
    {
        this.services = services;
        this.tokens = tokens;
    }

    /// <summary>Maps the socket and the token route. The socket gets its own small pipeline with the WebSocket middleware.</summary>
    public static void Map(IEndpointRouteBuilder workflowsGroup, InteractlyServices services)
    {
        var tokens = new StreamSessionTokens();
        var endpoint = new RunStreamEndpoint(services, tokens);
        RequestDelegate socketPipeline = workflowsGroup.CreateApplicationBuilder()
            .UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) })
            .Use(_ => endpoint.HandleAsync)
            .Build();
        workflowsGroup.Map("/v1/workflow-runs/ws", socketPipeline);
        workflowsGroup.MapGet("/v1/session", (Func<HttpContext, IResult>)tokens.Issue);
    }

    private async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await WireReplies.NotFound("This endpoint only accepts WebSocket connections").ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        string? token = http.Request.Query["token"];
        if (token is not null && !tokens.TrySpend(token))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsJsonAsync(new JsonObject { ["detail"] = "Invalid or already used session token" }).ConfigureAwait(false);
            return;
        }

        using WebSocket socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        try
        {
            await RunAsync(socket, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client left mid-run; the run stays as it is.
        }
    }

    private async Task RunAsync(WebSocket socket, CancellationToken aborted)
    {
        JsonObject? first = await ReceiveInputAsync(socket, aborted).ConfigureAwait(false);
        if (first is null)
        {
            return;
        }

        if (first["initial_state"] is not null)
        {
            await CloseAsync(socket, 4006, "initial_state is not accepted from clients", aborted).ConfigureAwait(false);
            return;
        }

        if (first["rerun_token"] is not null)
        {
            await CloseAsync(socket, 4007, "Invalid or expired re-run token", aborted).ConfigureAwait(false);
            return;
        }

        string workflowId = (first["workflow_id"] as JsonValue)?.GetValueKind() == JsonValueKind.String ? first["workflow_id"]!.GetValue<string>() : "";
        if (!services.Catalog.TryGet(workflowId, out InteractlyWorkflowScript? script))
        {
            await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, $"Workflow '{workflowId}' not found", aborted).ConfigureAwait(false);
            return;
        }

        if (!TryParse(workflowId, first, null, out TurnInput? input) || input.Command != "start")
        {
            await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "Invalid WorkflowRunInput: the first frame must be a valid input with command 'start'", aborted).ConfigureAwait(false);
            return;
        }

        int version = input.Version ?? script.ActiveVersion;
        ScriptNode? startNode = script.Nodes.FirstOrDefault(n => n.Id == (input.StartNodeLogicalId ?? script.StartNode));
        if ((script.Versions is not null && !script.Versions.Contains(version)) || startNode is null)
        {
            await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "Unknown version or start node", aborted).ConfigureAwait(false);
            return;
        }

        // The same steps as the HTTP first turn (ExecuteTurnEndpoint.StartRun), with the acknowledgement sent first.
        var run = new InteractlyRun(services.Ids.NewObjectId(), services.Runs.NextSequence(), script, version, services.Events.UtcNow());
        await SendAsync(socket, new JsonObject { ["workflow_run_id"] = run.RunId, ["workflow_id"] = workflowId, ["status"] = run.Status }, aborted)
            .ConfigureAwait(false);
        var events = Play(run, () => services.Interpreter.Start(run, input, startNode));
        services.Runs.Add(run);
        await SendAllAsync(socket, events, aborted).ConfigureAwait(false);

        while (true)
        {
            for (int pumps = 0; run.HasBackgroundWork && pumps < MaxPumpsInARow; pumps++)
            {
                await SendAllAsync(socket, Play(run, () => services.Interpreter.Pump(run)), aborted).ConfigureAwait(false);
            }

            if (run.IsTerminal)
            {
                await CloseAsync(socket, WebSocketCloseStatus.NormalClosure, $"Run {run.Status}", aborted).ConfigureAwait(false);
                return;
            }

            JsonObject? next = await ReceiveInputAsync(socket, aborted).ConfigureAwait(false);
            if (next is null)
            {
                return;
            }

            if (!TryParse(workflowId, next, run.RunId, out TurnInput? turn) || turn.Command == "start")
            {
                await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "Invalid WorkflowRunInput for a later turn", aborted).ConfigureAwait(false);
                return;
            }

            if (!run.TryBeginTurn())
            {
                await CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, $"A turn is already in progress for run {run.RunId}", aborted).ConfigureAwait(false);
                return;
            }

            try
            {
                events = Play(run, () => services.Interpreter.Continue(run, turn));
            }
            finally
            {
                run.EndTurn();
            }

            await SendAllAsync(socket, events, aborted).ConfigureAwait(false);
        }
    }

    private static System.Collections.Generic.List<JsonObject> Play(InteractlyRun run, Func<System.Collections.Generic.List<JsonObject>> step)
    {
        lock (run.Sync)
        {
            return step();
        }
    }

    /// <summary>Reuses the HTTP parser by wrapping the bare input the way an execute body carries it.</summary>
    private static bool TryParse(string workflowId, JsonObject runInput, string? runId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TurnInput? input)
    {
        var body = new JsonObject { ["run_input"] = runInput.DeepClone() };
        if (runId is not null)
        {
            body["run_id"] = runId;
        }

        var query = new QueryCollection();
        if (runInput["version_number"] is JsonValue version && version.GetValueKind() == JsonValueKind.Number)
        {
            query = new QueryCollection(new System.Collections.Generic.Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
            {
                ["version"] = version.ToJsonString(),
            });
        }

        return TurnInputParser.TryParse(workflowId, query, body.ToJsonString(), out input, out _);
    }

    /// <summary>The next frame as a JSON object, or null when the client closed (answered with a normal close).</summary>
    private static async Task<JsonObject?> ReceiveInputAsync(WebSocket socket, CancellationToken aborted)
    {
        using var frame = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, aborted).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "Closed by the client", aborted).ConfigureAwait(false);
                return null;
            }

            frame.Write(buffer, 0, result.Count);
            if (frame.Length > MaxFrameBytes)
            {
                await CloseAsync(socket, WebSocketCloseStatus.MessageTooBig, "Frame too large", aborted).ConfigureAwait(false);
                return null;
            }

            if (result.EndOfMessage)
            {
                break;
            }
        }

        try
        {
            if (JsonNode.Parse(frame.ToArray()) is JsonObject input)
            {
                return input;
            }
        }
        catch (JsonException)
        {
        }

        await CloseAsync(socket, WebSocketCloseStatus.InvalidPayloadData, "A frame must be a JSON WorkflowRunInput object", aborted).ConfigureAwait(false);
        return null;
    }

    private static async Task SendAllAsync(WebSocket socket, System.Collections.Generic.IEnumerable<JsonObject> events, CancellationToken aborted)
    {
        foreach (JsonObject runEvent in events)
        {
            await SendAsync(socket, runEvent, aborted).ConfigureAwait(false);
        }
    }

    private static Task SendAsync(WebSocket socket, JsonObject frame, CancellationToken aborted) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, aborted);

    private static Task CloseAsync(WebSocket socket, int code, string reason, CancellationToken aborted) =>
        CloseAsync(socket, (WebSocketCloseStatus)code, reason, aborted);

    /// <summary>Closes and waits for the client's answering close frame, so the close code reaches it intact.</summary>
    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string reason, CancellationToken aborted)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        bounded.CancelAfter(TimeSpan.FromSeconds(10));
        await socket.CloseAsync(status, reason, bounded.Token).ConfigureAwait(false);
    }
}
