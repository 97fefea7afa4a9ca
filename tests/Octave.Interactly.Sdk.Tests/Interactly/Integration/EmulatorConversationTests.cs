using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Integration;

/// <summary>The SDK end to end over loopback HTTP against the workflow emulator's demo Interactly workflows.</summary>
public class EmulatorConversationTests
{
    private const string UnknownRunId = "66f0c0ffee0c0ffee0c0ffee";

    private WorkflowEmulator _emulator = null!;
    private HttpClient _http = null!;
    private InteractlyClient _client = null!;

    [SetUp]
    public async Task StartEmulator()
    {
        _emulator = await WorkflowEmulator.StartAsync();
        _http = new HttpClient();
        _client = new InteractlyClient(
            _http,
            new InteractlyOptions { ApiKey = "emulator-key", BaseUrl = _emulator.InteractlyBaseUrl },
            new InteractlySessionOptions { PumpInterval = TimeSpan.FromMilliseconds(1) });
    }

    [TearDown]
    public async Task StopEmulator()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task A_scripted_six_turn_chat_runs_to_completion_through_the_loop()
    {
        await using var session = await _client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId);
        var script = new[] { "hello", "how are you?", "tell me a joke", "one more", "bye" };
        var next = 0;

        var result = await session.RunAsync((turn, _) => new ValueTask<string?>(script[next++]));

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.Completed));
        Assert.That(result.FinalStatus, Is.EqualTo(InteractlyRunStatus.Completed));
        Assert.That(result.Turns, Has.Count.EqualTo(6));
        Assert.That(result.Turns.Select(t => t.TurnNumber), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(result.Entries.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "Assistant: Let's chat! Say \"bye\" when you're done.",
            "User: hello",
            "Assistant: You said: hello (turn 2)",
            "User: how are you?",
            "Assistant: You said: how are you? (turn 3)",
            "User: tell me a joke",
            "Assistant: You said: tell me a joke (turn 4)",
            "User: one more",
            "Assistant: You said: one more (turn 5)",
            "User: bye",
            "Assistant: Goodbye! Thanks for chatting.",
        }));
        Assert.That(result.Turns[^1].Events.OfType<EndWorkflowEvent>(), Is.Not.Empty);
        Assert.That(_emulator.Journal.Entries.Count(e => e.Path.EndsWith("/execute", StringComparison.Ordinal)), Is.EqualTo(6));
    }

    [Test]
    public async Task A_chat_that_never_says_bye_is_aborted_by_the_servers_turn_limit()
    {
        await using var session = await _client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId);

        var result = await session.RunAsync((turn, _) => new ValueTask<string?>("and again"));

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.AbortedLoopingRisk));
        Assert.That(result.FinalStatus, Is.EqualTo(InteractlyRunStatus.AbortedLoopingRisk));
        Assert.That(result.Error, Is.Not.Null.And.Not.Empty);
        Assert.That(() => session.SendAsync("still there?"), Throws.InvalidOperationException.With.Message.Contains("aborted_looping_risk"));
    }

    [Test]
    public async Task The_greeter_version_is_sent_on_turn_1_only_and_selects_the_version()
    {
        await using var session = await _client.StartSessionAsync(InteractlyCatalog.GreeterWorkflowId, new StartSessionOptions { Version = 2 });
        var named = await session.SendAsync("Ada");
        var answered = await session.SendAsync("What is the meaning of life?");

        Assert.That(session.Transcript[0].Text, Is.EqualTo("Hi there (v2)! I'm the demo assistant. What's your name?"));
        Assert.That(named.AssistantMessages, Is.EqualTo(new[] { "Nice to meet you, Ada! Ask me anything." }));
        Assert.That(answered.AssistantMessages, Is.EqualTo(new[] { "Good question about \"What is the meaning of life?\". The answer is 42." }));
        Assert.That(session.Status, Is.EqualTo(InteractlyRunStatus.Completed));
        var executes = _emulator.Journal.Entries.Where(e => e.Path.EndsWith("/execute", StringComparison.Ordinal)).ToList();
        Assert.That(executes.Select(e => e.QueryString), Is.EqualTo(new[] { "?version=2", "", "" }));
    }

    [Test]
    public async Task Stopping_mid_conversation_cancels_the_run_and_later_sends_are_rejected_without_a_request()
    {
        await using var session = await _client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId);
        await session.SendAsync("hello");

        await session.StopAsync();
        var requestsAfterStop = _emulator.Journal.Entries.Count;

        Assert.That(session.Status, Is.EqualTo(InteractlyRunStatus.Cancelled));
        Assert.That(session.IsCompleted, Is.True);
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => session.SendAsync("are you there?"))!;
        Assert.That(error.Message, Does.Contain("cancelled").And.Contain(session.RunId));
        Assert.That(_emulator.Journal.Entries, Has.Count.EqualTo(requestsAfterStop));
    }

    [Test]
    public void A_malformed_workflow_id_is_rejected_before_any_request()
    {
        var error = Assert.ThrowsAsync<ArgumentException>(() => _client.StartSessionAsync("6A11C0DE0000000000000001"))!;

        Assert.That(error.ParamName, Is.EqualTo("workflowId"));
        Assert.That(_emulator.Journal.Entries, Is.Empty);
    }

    [Test]
    public async Task An_unknown_run_id_is_a_404_WorkflowApiException_with_the_servers_detail()
    {
        await using var session = _client.ResumeSession(InteractlyCatalog.GreeterWorkflowId, UnknownRunId);

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => session.SendAsync("hello?"))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.ApiMessage, Is.EqualTo($"Workflow run {UnknownRunId} not found or session expired"));
        Assert.That(error.RequestId, Is.Not.Null);
        Assert.That(_emulator.Journal.Entries.Single().StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task An_unknown_event_type_is_kept_as_UnknownEvent_with_its_raw_json_and_the_failure_is_reported()
    {
        await using var session = await _client.StartSessionAsync(InteractlyCatalog.FailingWorkflowId);

        var unknown = session.LastTurn!.Events.OfType<UnknownEvent>().Single();
        Assert.That(unknown.Type, Is.EqualTo("future_event_kind"));
        Assert.That(unknown.RawJson.GetProperty("detail").GetString(), Is.EqualTo("an event type added after this client was written"));
        Assert.That(session.LastTurn.AssistantMessages, Is.EqualTo(new[] { "This workflow fails after your next message." }));

        var result = await session.RunAsync((turn, _) => new ValueTask<string?>("go on"));

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.Failed));
        Assert.That(result.Error, Is.EqualTo("Simulated failure: the downstream tool returned an error."));
        Assert.That(result.Turns[^1].Events.OfType<WorkflowErrorEvent>().Single().ErrorMessage, Is.EqualTo(result.Error));
    }

    [Test]
    public async Task Background_work_is_pumped_automatically_and_its_message_merged_into_the_turn()
    {
        await using var session = await _client.StartSessionAsync(InteractlyCatalog.CompanionWorkflowId);

        var turn = session.LastTurn!;
        Assert.That(turn.AssistantMessages, Is.EqualTo(new[]
        {
            "Hello! I'm running a background check while we talk.",
            "Background check complete.",
        }));
        Assert.That(turn.HasBackgroundWork, Is.False);
        Assert.That(turn.PumpResponses, Has.Count.EqualTo(2));
        Assert.That(_emulator.Journal.Entries.Count(e => e.Path.EndsWith("/pump-companions", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(turn.Events.Any(e => e.OriginThreadId is { } thread && thread.StartsWith("0_companion_", StringComparison.Ordinal)), Is.True);

        var last = await session.SendAsync("thanks");
        Assert.That(last.AssistantMessages, Is.EqualTo(new[] { "Thanks, that's everything. Goodbye!" }));
        Assert.That(session.Status, Is.EqualTo(InteractlyRunStatus.Completed));
    }

    [Test]
    public async Task Concurrent_sends_on_one_session_reach_the_server_one_at_a_time()
    {
        await using var session = await _client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId);
        // Each execute takes at least 40 ms on the server, so turns sent one at a time arrive at least that far apart.
        _emulator.Faults.Add(new FaultRule { Method = "POST", Path = "/workflows/v1/workflows/*/execute", LatencyMilliseconds = 40 });
        var messages = Enumerable.Range(1, 6).Select(i => "message " + i).ToArray();

        var turns = await Task.WhenAll(messages.Select(m => Task.Run(() => session.SendAsync(m))));

        var arrivals = _emulator.Journal.Entries.Where(e => e.Path.EndsWith("/execute", StringComparison.Ordinal)).Skip(1).Select(e => e.Timestamp).ToList();
        Assert.That(arrivals, Has.Count.EqualTo(6));
        for (var i = 1; i < arrivals.Count; i++)
        {
            Assert.That(arrivals[i] - arrivals[i - 1], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(30)), "turn requests overlapped");
        }

        Assert.That(turns.Select(t => t.TurnNumber).OrderBy(n => n), Is.EqualTo(new[] { 2, 3, 4, 5, 6, 7 }));
        Assert.That(turns.Select(t => t.UserMessage), Is.EquivalentTo(messages));
        foreach (var turn in turns)
        {
            Assert.That(turn.AssistantMessages.Single(), Is.EqualTo($"You said: {turn.UserMessage} (turn {turn.TurnNumber})"));
        }

        Assert.That(_emulator.Journal.Entries.Where(e => e.Path.EndsWith("/execute", StringComparison.Ordinal)).Select(e => e.StatusCode), Is.All.EqualTo(200));
        Assert.That(session.Transcript.Count(e => e.Role == ConversationRole.User), Is.EqualTo(6));
    }

    [Test]
    public async Task The_first_turn_is_sent_exactly_once()
    {
        await using var session = await _client.StartSessionAsync(InteractlyCatalog.GreeterWorkflowId);

        var executes = _emulator.Journal.Entries.Where(e => e.Path.EndsWith("/execute", StringComparison.Ordinal)).ToList();
        Assert.That(executes, Has.Count.EqualTo(1));
        Assert.That(executes[0].Body, Does.Contain("\"command\":\"start\"").And.Not.Contain("run_id"));
    }

    [Test]
    public async Task A_finished_run_can_be_listed_and_read_back()
    {
        string runId;
        await using (var session = await _client.StartSessionAsync(InteractlyCatalog.ChatLoopWorkflowId))
        {
            await session.SendAsync("bye");
            runId = session.RunId;
        }

        var record = await _client.Api.GetRunAsync(runId);
        var page = await _client.Api.ListRunsAsync(new ListWorkflowRunsRequest { WorkflowId = InteractlyCatalog.ChatLoopWorkflowId, Page = 1, Size = 10 });

        Assert.That(record.WorkflowRun!.Id, Is.EqualTo(runId));
        Assert.That(record.WorkflowRun.WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Completed));
        Assert.That(record.WorkflowRun.WorkflowRun.InputOutputPairs, Has.Count.EqualTo(2));
        Assert.That(page.WorkflowRuns.Select(r => r.Id), Does.Contain(runId));
    }
}
