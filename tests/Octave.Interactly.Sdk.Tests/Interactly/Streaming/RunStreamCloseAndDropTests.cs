using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Interactly.Streaming;

/// <summary>
/// The streaming client against a bare Kestrel WebSocket endpoint: the handshake headers, the first frame, each close
/// code, a dropped or silent connection, and cancellation. Every wait is bounded so a regression fails instead of hanging.
/// </summary>
public sealed class RunStreamCloseAndDropTests
{
    private const string WorkflowId = "6a11c0de00000000000000aa";
    private const string Ack = "{\"workflow_run_id\":\"66f0c0ffee0c0ffee0c0ffee\",\"status\":\"running\"}";
    private const string Greeting = "{\"type\":\"assistant_response\",\"logical_id\":\"e1\",\"content\":\"Hello\"}";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Test]
    public async Task Handshake_carries_the_api_headers_and_the_first_frame_is_the_run_input()
    {
        System.Text.Json.Nodes.JsonObject? first = null;
        await using var server = await WebSocketTestServer.StartAsync(async (s, _, socket) =>
        {
            first = await s.ReceiveAsync(socket);
            await WebSocketTestServer.SendAsync(socket, Ack);
            await WebSocketTestServer.CloseAsync(socket, 1000, "done");
        });
        var client = Client(server, new InteractlyOptions { ApiKey = "stream-key", BaseUrl = server.BaseUrl, TeamId = "team-7", UserId = "user-9" });

        var events = await Collect(client.StreamRunAsync(new WorkflowRunInput { WorkflowId = WorkflowId, RunBy = "api" }));

        Assert.That(events, Is.Empty);
        server.Handshakes.TryPeek(out var headers);
        Assert.Multiple(() =>
        {
            Assert.That(headers!["Authorization"].ToString(), Is.EqualTo("Bearer stream-key"));
            Assert.That(headers["X-Interactly-API-Version"].ToString(), Is.EqualTo(InteractlyOptions.DefaultApiVersion));
            Assert.That(headers["teamid"].ToString(), Is.EqualTo("team-7"));
            Assert.That(headers["uuid"].ToString(), Is.EqualTo("user-9"));
            Assert.That(first!["workflow_id"]!.GetValue<string>(), Is.EqualTo(WorkflowId));
            Assert.That(first["command"]!.GetValue<string>(), Is.EqualTo("start"));
            Assert.That(first["run_by"]!.GetValue<string>(), Is.EqualTo("api"));
            Assert.That(first["thread_to_node_inputs"]!["0"], Is.Not.Null);
            Assert.That(first.ContainsKey("initial_state"), Is.False);
        });
    }

    [Test]
    public async Task Close_1000_ends_the_events_normally_after_the_ack()
    {
        await using var server = await WebSocketTestServer.StartAsync(async (s, _, socket) =>
        {
            await s.ReceiveAsync(socket);
            await WebSocketTestServer.SendAsync(socket, Ack);
            await WebSocketTestServer.SendAsync(socket, Greeting);
            await WebSocketTestServer.SendAsync(socket, "{\"type\":\"brand_new_kind\",\"x\":1}");
            await WebSocketTestServer.CloseAsync(socket, 1000, "Run completed");
        });
        await using var run = await Client(server).ConnectAsync(new WorkflowRunInput { WorkflowId = WorkflowId }).WaitAsync(Bound);

        var events = await Collect(run.ReadEventsAsync());

        Assert.Multiple(() =>
        {
            Assert.That(run.RunId, Is.EqualTo("66f0c0ffee0c0ffee0c0ffee"));
            Assert.That(run.Ack!.Json.GetProperty("status").GetString(), Is.EqualTo("running"));
            Assert.That(events[0], Is.TypeOf<AssistantResponseEvent>());
            Assert.That(events[1], Is.TypeOf<UnknownEvent>());
            Assert.That(events[1].Type, Is.EqualTo("brand_new_kind"));
            Assert.That(run.HasEnded, Is.True);
            Assert.That(run.IsWaitingForInput, Is.False);
        });
    }

    [TestCase(4006, "initial_state")]
    [TestCase(4007, "re-run token")]
    [TestCase(1011, "server ended the stream with an error")]
    public async Task An_error_close_code_is_a_typed_rejection_naming_the_cause(int code, string meaning)
    {
        await using var server = await WebSocketTestServer.StartAsync(async (s, _, socket) =>
        {
            await s.ReceiveAsync(socket);
            await WebSocketTestServer.CloseAsync(socket, code, "server says no");
        });

        var rejected = Assert.ThrowsAsync<InteractlyStreamRejectedException>(
            async () => await Client(server).ConnectAsync(new WorkflowRunInput { WorkflowId = WorkflowId }).WaitAsync(Bound));

        Assert.Multiple(() =>
        {
            Assert.That(rejected!.CloseCode, Is.EqualTo(code));
            Assert.That(rejected.CloseReason, Is.EqualTo("server says no"));
            Assert.That(rejected.Message, Does.Contain(meaning).And.Contain(code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(rejected.RunId, Is.Null);
        });
    }

    [Test]
    public async Task A_close_code_after_the_ack_carries_the_run_id()
    {
        await using var server = await WebSocketTestServer.StartAsync(async (s, _, socket) =>
        {
            await s.ReceiveAsync(socket);
            await WebSocketTestServer.SendAsync(socket, Ack);
            await WebSocketTestServer.SendAsync(socket, Greeting);
            await WebSocketTestServer.CloseAsync(socket, 4007, "expired");
        });
        await using var run = await Client(server).ConnectAsync(new WorkflowRunInput { WorkflowId = WorkflowId }).WaitAsync(Bound);
        var seen = new List<InteractlyEvent>();

        var rejected = Assert.ThrowsAsync<InteractlyStreamRejectedException>(async () =>
        {
            await foreach (var e in run.ReadEventsAsync())
            {
                seen.Add(e);
            }
        });

        Assert.That(seen, Has.Count.EqualTo(1));
        Assert.That(rejected!.RunId, Is.EqualTo("66f0c0ffee0c0ffee0c0ffee"));
    }

    [Test]
    public async Task A_connection_dropped_mid_stream_is_a_typed_error_not_a_hang()
    {
        await using var server = await WebSocketTestServer.StartAsync(async (s, http, socket) =>
        {
            await s.ReceiveAsync(socket);
            await WebSocketTestServer.SendAsync(socket, Ack);
            // Abort only once the client has read the ack and answered: a reset discards data not yet read.
            await s.ReceiveAsync(socket);
            http.Abort();
        });
        await using var run = await Client(server).ConnectAsync(new WorkflowRunInput { WorkflowId = WorkflowId }).WaitAsync(Bound);
        await run.SendUserMessageAsync("are you there?");

        var dropped = Assert.ThrowsAsync<InteractlyStreamDroppedException>(async () => await Collect(run.ReadEventsAsync()).WaitAsync(Bound));

        Assert.That(dropped!.RunId, Is.EqualTo("66f0c0ffee0c0ffee0c0ffee"));
        Assert.That(dropped.Message, Does.Contain("lost"));
    }

    [Test]
    public async Task A_silent_server_is_dropped_after_the_receive_timeout()
    {
        await using var server = await WebSocketTestServer.StartAsync(async (s, http, socket) =>
        {
            await s.ReceiveAsync(socket);
            await WebSocketTestServer.SendAsync(socket, Ack);
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        var options = new InteractlyStreamOptions { ReceiveTimeout = TimeSpan.FromMilliseconds(200), KeepAliveInterval = TimeSpan.FromMinutes(5) };
        await using var run = await Client(server, streamOptions: options).ConnectAsync(new WorkflowRunInput { WorkflowId = WorkflowId }).WaitAsync(Bound);

        var dropped = Assert.ThrowsAsync<InteractlyStreamDroppedException>(async () => await Collect(run.ReadEventsAsync()).WaitAsync(Bound));

        Assert.That(dropped!.Message, Does.Contain("ReceiveTimeout"));
    }

    [Test]
    public async Task A_peer_that_stops_answering_keep_alive_pings_is_dropped()
    {
        await using var server = await WebSocketTestServer.StartAsync(async (s, http, socket) =>
        {
            await s.ReceiveAsync(socket);
            await WebSocketTestServer.SendAsync(socket, Ack);
            // Not reading means not answering pings.
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        var options = new InteractlyStreamOptions
        {
            ReceiveTimeout = Timeout.InfiniteTimeSpan,
            KeepAliveInterval = TimeSpan.FromMilliseconds(50),
            KeepAliveTimeout = TimeSpan.FromMilliseconds(150),
        };
        await using var run = await Client(server, streamOptions: options).ConnectAsync(new WorkflowRunInput { WorkflowId = WorkflowId }).WaitAsync(Bound);

        Assert.ThrowsAsync<InteractlyStreamDroppedException>(async () => await Collect(run.ReadEventsAsync()).WaitAsync(Bound));
    }

    [Test]
    public async Task Cancelling_a_read_closes_the_socket_with_a_normal_close_frame()
    {
        await using var server = await WebSocketTestServer.StartAsync(async (s, _, socket) =>
        {
            await s.ReceiveAsync(socket);
            await WebSocketTestServer.SendAsync(socket, Ack);
            await s.ReceiveAsync(socket);
        });
        await using var run = await Client(server).ConnectAsync(new WorkflowRunInput { WorkflowId = WorkflowId }).WaitAsync(Bound);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await Collect(run.ReadEventsAsync(cancel.Token)).WaitAsync(Bound), Throws.InstanceOf<OperationCanceledException>());

        await server.ScriptDone.Task.WaitAsync(Bound);
        Assert.That(server.ClientCloses.Single(), Is.EqualTo(WebSocketCloseStatus.NormalClosure));
    }

    [Test]
    public async Task A_refused_upgrade_is_a_WorkflowApiException_with_the_status()
    {
        await using var server = await WebSocketTestServer.StartAsync((_, _, _) => Task.CompletedTask, refuseWithStatus: 401);

        var refused = Assert.ThrowsAsync<WorkflowApiException>(
            async () => await Client(server).ConnectAsync(new WorkflowRunInput { WorkflowId = WorkflowId }).WaitAsync(Bound));

        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(refused.Message, Does.Not.Contain("test-key"));
    }

    [Test]
    public void Bad_input_is_refused_before_connecting()
    {
        var client = new InteractlyRunStreamClient(new InteractlyOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1:9/workflows/") });
        var withState = new WorkflowRunInput { WorkflowId = WorkflowId, InitialState = System.Text.Json.JsonDocument.Parse("{}").RootElement };

        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.ConnectAsync(withState))!.ParamName, Is.EqualTo("initial_state"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => client.ConnectAsync(new WorkflowRunInput()))!.ParamName, Is.EqualTo("workflow_id"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => client.StartSessionAsync("not-an-id"))!.ParamName, Is.EqualTo("workflowId"));
            Assert.That(
                () => new InteractlyRunStreamClient(new InteractlyOptions { ApiKey = "k", BaseUrl = new Uri("http://example.com/workflows/") }),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("Interactly.BaseUrl"));
            Assert.That(client.StreamUrl.ToString(), Is.EqualTo("ws://127.0.0.1:9/workflows/v1/workflow-runs/ws"));
            Assert.That(
                new InteractlyRunStreamClient(new InteractlyOptions { ApiKey = "k", BaseUrl = new Uri("https://api.example.com/workflows/") }).StreamUrl.ToString(),
                Is.EqualTo("wss://api.example.com/workflows/v1/workflow-runs/ws"));
        });
    }

    private static InteractlyRunStreamClient Client(WebSocketTestServer server, InteractlyOptions? options = null, InteractlyStreamOptions? streamOptions = null) =>
        new(options ?? new InteractlyOptions { ApiKey = "test-key", BaseUrl = server.BaseUrl }, null, streamOptions);

    private static async Task<List<InteractlyEvent>> Collect(IAsyncEnumerable<InteractlyEvent> events)
    {
        var list = new List<InteractlyEvent>();
        await foreach (var e in events)
        {
            list.Add(e);
        }

        return list;
    }
}
