using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Interactly.Streaming;

/// <summary>Streamed runs over loopback against the emulator's <c>WS /v1/workflow-runs/ws</c>: the SDK and the emulator agree on the wire.</summary>
public sealed class RunStreamAgainstEmulatorTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private WorkflowEmulator _emulator = null!;
    private HttpClient _http = null!;
    private InteractlyOptions _options = null!;
    private IInteractlyApi _api = null!;
    private InteractlyRunStreamClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _emulator = await WorkflowEmulator.StartAsync();
        _http = new HttpClient();
        _options = new InteractlyOptions { ApiKey = "emulator-key", BaseUrl = _emulator.InteractlyBaseUrl };
        _api = TestApis.Interactly(_http, _options);
        _client = new InteractlyRunStreamClient(_options, _api);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task A_chat_is_streamed_turn_by_turn_to_completion()
    {
        await using var run = await _client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId).WaitAsync(Bound);

        var first = await Collect(run.ReadEventsAsync());
        Assert.Multiple(() =>
        {
            Assert.That(run.RunId, Has.Length.EqualTo(24));
            Assert.That(run.Ack!.Json.GetProperty("workflow_id").GetString(), Is.EqualTo(InteractlyCatalog.ChatLoopWorkflowId));
            Assert.That(first[0].Type, Is.EqualTo(InteractlyEventTypes.StartWorkflow));
            Assert.That(first.OfType<AssistantResponseEvent>().Single().Content, Does.StartWith("Let's chat!"));
            Assert.That(first[^1], Is.TypeOf<BusyWaitForUserMessageEvent>());
            Assert.That(run.IsWaitingForInput, Is.True);
            Assert.That(run.HasEnded, Is.False);
        });

        await run.SendUserMessageAsync("hello there");
        var second = await Collect(run.ReadEventsAsync());
        Assert.That(second.OfType<AssistantResponseEvent>().Select(e => e.Content), Has.Some.Contains("You said: hello there"));

        await run.SendUserMessageAsync("bye");
        var last = await Collect(run.ReadEventsAsync());
        Assert.Multiple(() =>
        {
            Assert.That(last.OfType<AssistantResponseEvent>().Select(e => e.Content), Has.Some.StartsWith("Goodbye!"));
            Assert.That(last.Select(e => e.Type), Does.Contain(InteractlyEventTypes.EndWorkflow));
            Assert.That(run.HasEnded, Is.True);
            Assert.That(run.IsWaitingForInput, Is.False);
        });

        // The same run, read back over HTTP, has the streamed turns on record.
        var record = await _api.GetRunAsync(run.RunId!);
        Assert.That(record.WorkflowRun!.WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Completed));
    }

    [Test]
    public async Task InteractlyClient_offers_the_stream_as_an_alternative_to_HTTP_turns()
    {
        var client = new InteractlyClient(_http, _options);
        await using var run = await client.StartStreamingSessionAsync(
            InteractlyCatalog.GreeterWorkflowId, new StartSessionOptions { OpeningMessage = "hi", RunBy = "stream-test" }).WaitAsync(Bound);
        var events = await Collect(run.ReadEventsAsync()).WaitAsync(Bound);

        Assert.That(events.OfType<UserMessagesEvent>(), Is.Not.Empty);
        var record = await _api.GetRunAsync(run.RunId!);
        Assert.That(record.WorkflowRun!.WorkflowRun!.RunBy, Is.EqualTo("stream-test"));
        Assert.That(
            () => new InteractlyClient(_api).StartStreamingSessionAsync(InteractlyCatalog.GreeterWorkflowId),
            Throws.InvalidOperationException);
    }

    [Test]
    public async Task The_InteractlyClient_AddWorkflowClients_registers_streams_too()
    {
        var services = new ServiceCollection();
        services.AddWorkflowClients(options =>
        {
            options.Interactly.ApiKey = _options.ApiKey;
            options.Interactly.BaseUrl = _options.BaseUrl;
        });
        await using var provider = services.BuildServiceProvider();

        await using var run = await provider.GetRequiredService<InteractlyClient>().StartStreamingSessionAsync(
            InteractlyCatalog.GreeterWorkflowId, new StartSessionOptions { RunBy = "stream-di" }).WaitAsync(Bound);
        var events = await Collect(run.ReadEventsAsync()).WaitAsync(Bound);

        Assert.That(events.OfType<AssistantResponseEvent>(), Is.Not.Empty);
        var record = await _api.GetRunAsync(run.RunId!);
        Assert.That(record.WorkflowRun!.WorkflowRun!.RunBy, Is.EqualTo("stream-di"));
    }

    [Test]
    public async Task StreamRunAsync_yields_unknown_event_types_as_UnknownEvent()
    {
        var input = new WorkflowRunInput { WorkflowId = InteractlyCatalog.FailingWorkflowId };

        var events = await Collect(_client.StreamRunAsync(input)).WaitAsync(Bound);

        var unknown = events.OfType<UnknownEvent>().Single();
        Assert.That(unknown.Type, Is.EqualTo("future_event_kind"));
        Assert.That(events[^1].Type, Is.EqualTo(InteractlyEventTypes.BusyWaitForUserMessage));
    }

    [Test]
    public async Task Stopping_a_streamed_run_ends_it_with_close_1000()
    {
        await using var run = await _client.StartSessionAsync(InteractlyCatalog.GreeterWorkflowId, new StartSessionOptions { Version = 2 }).WaitAsync(Bound);
        var greeting = await Collect(run.ReadEventsAsync());
        Assert.That(greeting.OfType<AssistantResponseEvent>().First().Content, Does.Contain("(v2)"));

        await run.StopAsync();
        await Collect(run.ReadEventsAsync()).WaitAsync(Bound);

        Assert.That(run.HasEnded, Is.True);
        var record = await _api.GetRunAsync(run.RunId!);
        Assert.That(record.WorkflowRun!.WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Cancelled));
    }

    [Test]
    public async Task Background_work_is_pumped_by_the_stream_itself()
    {
        await using var run = await _client.StartSessionAsync(InteractlyCatalog.CompanionWorkflowId).WaitAsync(Bound);
        await Collect(run.ReadEventsAsync());

        await run.SendUserMessageAsync("thanks");
        var rest = await Collect(run.ReadEventsAsync()).WaitAsync(Bound);

        // The companion's result arrives without any pump-companions call.
        Assert.That(rest.OfType<AssistantResponseEvent>().Select(e => e.Content), Has.Some.EqualTo("Background check complete."));
        Assert.That(run.HasEnded, Is.True);
    }

    [Test]
    public void A_rerun_token_the_emulator_never_issued_is_closed_with_4007()
    {
        var input = new WorkflowRunInput { WorkflowId = InteractlyCatalog.GreeterWorkflowId };
        input.AdditionalProperties = new Dictionary<string, JsonElement> { ["rerun_token"] = JsonDocument.Parse("\"stale\"").RootElement };

        var rejected = Assert.ThrowsAsync<InteractlyStreamRejectedException>(async () => await _client.ConnectAsync(input).WaitAsync(Bound));

        Assert.That(rejected!.CloseCode, Is.EqualTo(InteractlyStreamCloseCodes.InvalidRerunToken));
        Assert.That(rejected.Message, Does.Contain("re-run token"));
    }

    [Test]
    public async Task A_first_frame_with_initial_state_is_closed_with_4006()
    {
        // The SDK refuses to send initial_state, so this frame is written by hand.
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer emulator-key");
        await socket.ConnectAsync(_client.StreamUrl, CancellationToken.None).WaitAsync(Bound);
        var frame = "{\"workflow_id\":\"" + InteractlyCatalog.GreeterWorkflowId + "\",\"command\":\"start\",\"initial_state\":{},\"thread_to_node_inputs\":{\"0\":{\"node_run_inputs\":[]}}}";
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);

        var result = await socket.ReceiveAsync(new byte[1024], CancellationToken.None).WaitAsync(Bound);

        Assert.That(result.MessageType, Is.EqualTo(WebSocketMessageType.Close));
        Assert.That((int)result.CloseStatus!.Value, Is.EqualTo(InteractlyStreamCloseCodes.InitialStateRejected));
    }

    [Test]
    public async Task A_single_use_session_token_is_taken_and_spent()
    {
        var client = new InteractlyRunStreamClient(_options, _api, new InteractlyStreamOptions { UseSessionToken = true });
        await using (var run = await client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId).WaitAsync(Bound))
        {
            Assert.That(run.RunId, Is.Not.Null);
        }

        Assert.That(_emulator.Journal.Entries.Select(e => e.Path), Does.Contain("/workflows/v1/session"));
        var session = await _api.CreateStreamSessionAsync();
        var tokenUrl = new Uri(_client.StreamUrl + "?token=" + session.Data!.Id);
        using var once = new ClientWebSocket();
        once.Options.SetRequestHeader("Authorization", "Bearer emulator-key");
        await once.ConnectAsync(tokenUrl, CancellationToken.None).WaitAsync(Bound);
        using var twice = new ClientWebSocket();
        twice.Options.SetRequestHeader("Authorization", "Bearer emulator-key");
        twice.Options.CollectHttpResponseDetails = true;

        Assert.ThrowsAsync<WebSocketException>(async () => await twice.ConnectAsync(tokenUrl, CancellationToken.None).WaitAsync(Bound));
        Assert.That(twice.HttpStatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Cancelling_while_the_run_waits_for_input_throws_and_closes()
    {
        var run = await _client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId).WaitAsync(Bound);
        await Collect(run.ReadEventsAsync());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await Collect(run.ReadEventsAsync(cancel.Token)).WaitAsync(Bound), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => run.SendUserMessageAsync("too late"), Throws.InvalidOperationException);
        await run.DisposeAsync();
    }

    [Test]
    public async Task A_wrong_api_key_is_refused_at_the_upgrade()
    {
        await using var guarded = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { ApiKeys = { "right-key" } });
        var client = new InteractlyRunStreamClient(new InteractlyOptions { ApiKey = "wrong-key", BaseUrl = guarded.InteractlyBaseUrl });

        var refused = Assert.ThrowsAsync<WorkflowApiException>(async () =>
            await client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId).WaitAsync(Bound));

        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(refused.Message, Does.Not.Contain("wrong-key"));
    }

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
