using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Sessions;

public class InteractlySessionTests
{
    private const string WorkflowId = "0123456789abcdef01234567";

    private ScriptedInteractlyApi _api = null!;
    private InteractlyClient _client = null!;

    [SetUp]
    public void CreateClient()
    {
        _api = new ScriptedInteractlyApi();
        _client = new InteractlyClient(_api, FastOptions());
    }

    [Test]
    public async Task Start_sends_one_start_turn_without_run_id_with_version_variables_and_run_by()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId, new StartSessionOptions
        {
            Version = 2,
            DynamicVariables = new Dictionary<string, object?> { ["customer"] = "Ada" },
            WelcomeMessage = "Welcome!",
            OpeningMessage = "Hi there",
        });

        var call = _api.Executes.Single();
        Assert.That(call.WorkflowId, Is.EqualTo(WorkflowId));
        Assert.That(call.Version, Is.EqualTo(2));
        Assert.That(call.Request.RunId, Is.Null);
        Assert.That(call.Request.RunInput.Command, Is.EqualTo(WorkflowCommand.Start));
        Assert.That(call.Request.RunInput.RunBy, Is.EqualTo("api"));
        Assert.That(call.Request.RunInput.WelcomeMessage, Is.EqualTo("Welcome!"));
        Assert.That(call.Request.RunInput.DynamicVariables!["customer"], Is.EqualTo("Ada"));
        Assert.That(ScriptedInteractlyApi.UserText(call.Request), Is.EqualTo("Hi there"));
        Assert.That(session.RunId, Is.EqualTo(ScriptedInteractlyApi.RunId));
        Assert.That(session.Status, Is.EqualTo(InteractlyRunStatus.WaitingForUserInput));
        Assert.That(session.IsWaitingForInput, Is.True);
        Assert.That(session.TurnNumber, Is.EqualTo(1));
        Assert.That(session.LastTurn!.AssistantMessages, Is.EqualTo(new[] { "Hello! What is your name?" }));
    }

    [Test]
    public async Task Later_turns_send_data_with_the_run_id_the_text_in_thread_0_and_no_version()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId, new StartSessionOptions { Version = 4 });

        var turn = await session.SendAsync("Ada");

        var call = _api.Executes[1];
        Assert.That(call.Request.RunInput.Command, Is.EqualTo(WorkflowCommand.Data));
        Assert.That(call.Request.RunId, Is.EqualTo(ScriptedInteractlyApi.RunId));
        Assert.That(call.Version, Is.Null);
        Assert.That(ScriptedInteractlyApi.UserText(call.Request), Is.EqualTo("Ada"));
        Assert.That(call.Request.RunInput.ThreadToNodeInputs["0"].NodeRunInputs[0].Type, Is.EqualTo("llm"));
        Assert.That(turn.AssistantMessages, Is.EqualTo(new[] { "You said: Ada" }));
        Assert.That(turn.UserMessage, Is.EqualTo("Ada"));
        Assert.That(session.Transcript.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "Assistant: Hello! What is your name?",
            "User: Ada",
            "Assistant: You said: Ada",
        }));
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task An_empty_message_is_rejected_naming_userMessage_before_any_request(string message)
    {
        await using var session = await _client.StartSessionAsync(WorkflowId);
        var before = _api.TotalCalls;

        var error = Assert.ThrowsAsync<ArgumentException>(() => session.SendAsync(message))!;

        Assert.That(error.ParamName, Is.EqualTo("userMessage"));
        Assert.That(_api.TotalCalls, Is.EqualTo(before));
    }

    [TestCase("0123456789ABCDEF01234567")]
    [TestCase("0123456789abcdef0123456")]
    [TestCase("not-an-object-id-at-all!")]
    [TestCase("")]
    public void A_malformed_workflow_id_is_rejected_naming_workflowId_before_any_request(string workflowId)
    {
        var error = Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => _client.StartSessionAsync(workflowId))!;

        Assert.That(((ArgumentException)error).ParamName, Is.EqualTo("workflowId"));
        Assert.That(_api.TotalCalls, Is.Zero);
    }

    [Test]
    public void A_negative_version_is_rejected_naming_version_before_any_request()
    {
        var error = Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            _client.StartSessionAsync(WorkflowId, new StartSessionOptions { Version = -1 }))!;

        Assert.That(error.ParamName, Is.EqualTo("version"));
        Assert.That(_api.TotalCalls, Is.Zero);
    }

    [Test]
    public void Resuming_with_an_empty_run_id_is_rejected_naming_runId()
    {
        var error = Assert.Throws<ArgumentException>(() => _client.ResumeSession(WorkflowId, " "))!;

        Assert.That(error.ParamName, Is.EqualTo("runId"));
    }

    [Test]
    public async Task A_resumed_session_makes_no_call_until_its_next_turn_then_sends_data_with_the_run_id()
    {
        await using var session = _client.ResumeSession(WorkflowId, ScriptedInteractlyApi.RunId);

        Assert.That(_api.TotalCalls, Is.Zero);
        Assert.That(session.Status, Is.EqualTo(InteractlyRunStatus.Unknown));
        Assert.That(session.LastTurn, Is.Null);

        await session.SendAsync("Back again");

        Assert.That(_api.Executes.Single().Request.RunId, Is.EqualTo(ScriptedInteractlyApi.RunId));
        Assert.That(_api.Executes.Single().Request.RunInput.Command, Is.EqualTo(WorkflowCommand.Data));
        Assert.That(session.Status, Is.EqualTo(InteractlyRunStatus.WaitingForUserInput));
    }

    [TestCase("completed")]
    [TestCase("failed")]
    [TestCase("aborted_looping_risk")]
    public async Task After_a_terminal_status_sends_are_rejected_with_the_status_and_run_id_before_any_request(string status)
    {
        _api.OnExecute = (call, _) => Task.FromResult(ScriptedInteractlyApi.Turn(new InteractlyRunStatus(status), 1, "Bye"));
        await using var session = await _client.StartSessionAsync(WorkflowId);

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => session.SendAsync("anyone there?"))!;

        Assert.That(error.Message, Does.Contain(status).And.Contain(ScriptedInteractlyApi.RunId));
        Assert.That(_api.Executes, Has.Count.EqualTo(1));
        Assert.That(session.HasEnded, Is.True);
    }

    [Test]
    public async Task Stop_sends_stop_with_the_run_id_and_later_sends_are_rejected()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId);

        await session.StopAsync();

        var stop = _api.Executes[1];
        Assert.That(stop.Request.RunInput.Command, Is.EqualTo(WorkflowCommand.Stop));
        Assert.That(stop.Request.RunId, Is.EqualTo(ScriptedInteractlyApi.RunId));
        Assert.That(stop.Request.RunInput.ThreadToNodeInputs.ContainsKey("0"), Is.True);
        Assert.That(session.Status, Is.EqualTo(InteractlyRunStatus.Cancelled));
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => session.SendAsync("hello?"))!;
        Assert.That(error.Message, Does.Contain("cancelled"));
        Assert.That(_api.Executes, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Overlapping_sends_on_one_session_are_sent_one_at_a_time()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _api.OnExecute = async (call, ct) =>
        {
            entered.TrySetResult();
            await release.Task.WaitAsync(ct);
            return ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, _api.Executes.Count, "ok " + ScriptedInteractlyApi.UserText(call.Request));
        };

        var first = session.SendAsync("one");
        await entered.Task;
        var second = session.SendAsync("two");
        var third = session.SendAsync("three");
        await Task.Delay(20);
        Assert.That(_api.Executes, Has.Count.EqualTo(2), "the second send must wait for the first");
        release.SetResult();
        await Task.WhenAll(first, second, third);

        Assert.That(_api.MaxConcurrentCalls, Is.EqualTo(1));
        Assert.That(_api.Executes.Skip(1).Select(c => ScriptedInteractlyApi.UserText(c.Request)), Is.EquivalentTo(new[] { "one", "two", "three" }));
        Assert.That(_api.Executes[1].Request.RunInput.ThreadToNodeInputs["0"].NodeRunInputs[0].Messages![0].Content, Is.EqualTo("one"));
    }

    [Test]
    public async Task Background_work_is_pumped_until_done_and_merged_into_the_turn()
    {
        _api.OnExecute = (call, _) =>
        {
            var answer = ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, 1, "Let me check that.");
            answer.HasBackgroundWork = true;
            return Task.FromResult(answer);
        };
        _api.OnPump = (n, _) =>
        {
            var answer = ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, 1, "Result " + n);
            answer.HasBackgroundWork = n < 3;
            return Task.FromResult(answer);
        };

        await using var session = await _client.StartSessionAsync(WorkflowId);

        Assert.That(_api.PumpCount, Is.EqualTo(3));
        Assert.That(session.LastTurn!.AssistantMessages, Is.EqualTo(new[] { "Let me check that.", "Result 1", "Result 2", "Result 3" }));
        Assert.That(session.LastTurn.PumpResponses, Has.Count.EqualTo(3));
        Assert.That(session.LastTurn.HasBackgroundWork, Is.False);
        Assert.That(session.Turns, Has.Count.EqualTo(1));
        Assert.That(session.Transcript.Select(e => e.Text), Is.EqualTo(new[] { "Let me check that.", "Result 1", "Result 2", "Result 3" }));
    }

    [Test]
    public async Task Pumping_is_bounded_by_MaxPumpIterations()
    {
        _client = new InteractlyClient(_api, FastOptions(o => o.MaxPumpIterations = 4));
        _api.OnExecute = (call, _) =>
        {
            var answer = ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, 1);
            answer.HasBackgroundWork = true;
            return Task.FromResult(answer);
        };
        _api.OnPump = (n, _) =>
        {
            var answer = ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, 1);
            answer.HasBackgroundWork = true;
            return Task.FromResult(answer);
        };

        await using var session = await _client.StartSessionAsync(WorkflowId);

        Assert.That(_api.PumpCount, Is.EqualTo(4));
        Assert.That(session.LastTurn!.HasBackgroundWork, Is.True);
    }

    [Test]
    public async Task A_failed_pump_is_reported_on_the_turn_rather_than_thrown()
    {
        _api.OnExecute = (call, _) =>
        {
            var answer = ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, 1, "Working on it");
            answer.HasBackgroundWork = true;
            return Task.FromResult(answer);
        };
        _api.OnPump = (n, _) => throw new WorkflowApiException(
            WorkflowService.Interactly, "POST", "/pump", HttpStatusCode.ServiceUnavailable, "store unavailable", null, null, null);

        await using var session = await _client.StartSessionAsync(WorkflowId);

        Assert.That(session.LastTurn!.PumpError, Is.InstanceOf<WorkflowApiException>());
        Assert.That(session.LastTurn.AssistantMessages, Is.EqualTo(new[] { "Working on it" }));
    }

    [Test]
    public async Task Disposing_an_active_session_sends_stop_once()
    {
        var session = await _client.StartSessionAsync(WorkflowId);

        await session.DisposeAsync();
        await session.DisposeAsync();

        Assert.That(_api.Executes.Select(c => c.Request.RunInput.Command.Value), Is.EqualTo(new[] { "start", "stop" }));
        Assert.ThrowsAsync<ObjectDisposedException>(() => session.SendAsync("late"));
    }

    [Test]
    public async Task Disposing_does_not_stop_a_finished_run_or_a_resumed_session_without_turns_or_when_disabled()
    {
        _api.OnExecute = (call, _) => Task.FromResult(ScriptedInteractlyApi.Turn(InteractlyRunStatus.Completed, 1, "Done"));
        var finished = await _client.StartSessionAsync(WorkflowId);
        await finished.DisposeAsync();
        await _client.ResumeSession(WorkflowId, ScriptedInteractlyApi.RunId).DisposeAsync();
        _api.OnExecute = (call, _) => Task.FromResult(ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, 1, "Hi"));
        var keepAlive = await new InteractlyClient(_api, FastOptions(o => o.StopOnDispose = false)).StartSessionAsync(WorkflowId);
        await keepAlive.DisposeAsync();

        Assert.That(_api.Executes.Select(c => c.Request.RunInput.Command.Value), Is.EqualTo(new[] { "start", "start" }));
    }

    [Test]
    public async Task Disposing_swallows_a_failed_stop_and_gives_up_after_the_timeout()
    {
        _client = new InteractlyClient(_api, FastOptions(o => o.StopOnDisposeTimeout = TimeSpan.FromMilliseconds(50)));
        var session = await _client.StartSessionAsync(WorkflowId);
        _api.OnExecute = async (call, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        };

        Assert.That(async () => await session.DisposeAsync(), Throws.Nothing);
        Assert.That(_api.Executes[^1].Request.RunInput.Command, Is.EqualTo(WorkflowCommand.Stop));

        var brokenApi = new ScriptedInteractlyApi();
        var failing = await new InteractlyClient(brokenApi, FastOptions()).StartSessionAsync(WorkflowId);
        brokenApi.OnExecute = (call, _) => throw new System.Net.Http.HttpRequestException("connection reset");
        Assert.That(async () => await failing.DisposeAsync(), Throws.Nothing);
        Assert.That(brokenApi.Executes, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Watching_events_yields_every_turns_events_and_ends_when_the_session_ends()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId);
        var seen = new List<string>();
        var watcher = Task.Run(async () =>
        {
            await foreach (var item in session.WatchEventsAsync())
            {
                seen.Add(item.Type);
            }
        });

        await session.SendAsync("Ada");
        await session.StopAsync();
        await watcher.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(seen, Is.EqualTo(new[]
        {
            "assistant_response", "busy_wait_for_user_message",
            "assistant_response", "busy_wait_for_user_message",
        }));
    }

    [Test]
    public async Task Watching_ends_when_the_session_is_disposed()
    {
        var session = await _client.StartSessionAsync(WorkflowId);
        var count = 0;
        var watcher = Task.Run(async () =>
        {
            await foreach (var unused in session.WatchEventsAsync())
            {
                count++;
            }
        });

        await session.DisposeAsync();
        await watcher.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(count, Is.EqualTo(2));
    }

    internal static InteractlySessionOptions FastOptions(Action<InteractlySessionOptions>? configure = null)
    {
        var options = new InteractlySessionOptions { PumpInterval = TimeSpan.FromMilliseconds(1), StopOnDisposeTimeout = TimeSpan.FromSeconds(1) };
        configure?.Invoke(options);
        return options;
    }
}
