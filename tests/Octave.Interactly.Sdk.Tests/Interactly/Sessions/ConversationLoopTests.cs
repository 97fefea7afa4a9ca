using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Sessions;

public class ConversationLoopTests
{
    private const string WorkflowId = "0123456789abcdef01234567";

    private ScriptedInteractlyApi _api = null!;
    private InteractlyClient _client = null!;

    [SetUp]
    public void CreateClient()
    {
        _api = new ScriptedInteractlyApi();
        _client = new InteractlyClient(_api, InteractlySessionTests.FastOptions());
    }

    [Test]
    public async Task The_loop_answers_each_waiting_turn_until_the_workflow_completes()
    {
        _api.OnExecute = (call, _) =>
        {
            var text = ScriptedInteractlyApi.UserText(call.Request);
            var turn = _api.Executes.Count;
            return Task.FromResult(text == "bye"
                ? ScriptedInteractlyApi.Turn(InteractlyRunStatus.Completed, turn, "Goodbye!")
                : ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, turn, turn == 1 ? "Hi!" : "Echo " + text));
        };
        await using var session = await _client.StartSessionAsync(WorkflowId);
        var script = new[] { "a", "b", "bye" };
        var asked = 0;

        var result = await session.RunAsync((turn, _) => new ValueTask<string?>(script[asked++]));

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.Completed));
        Assert.That(result.FinalStatus, Is.EqualTo(InteractlyRunStatus.Completed));
        Assert.That(result.Turns, Has.Count.EqualTo(4));
        Assert.That(result.Entries.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "Assistant: Hi!", "User: a", "Assistant: Echo a", "User: b", "Assistant: Echo b", "User: bye", "Assistant: Goodbye!",
        }));
    }

    [Test]
    public async Task A_null_message_stops_the_session()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId);

        var result = await session.RunAsync((turn, _) => new ValueTask<string?>((string?)null));

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.Stopped));
        Assert.That(result.FinalStatus, Is.EqualTo(InteractlyRunStatus.Cancelled));
        Assert.That(_api.Executes[^1].Request.RunInput.Command, Is.EqualTo(WorkflowCommand.Stop));
    }

    [Test]
    public async Task The_loop_returns_after_MaxTurns_messages_and_leaves_the_session_open()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId);

        var result = await session.RunAsync((turn, _) => new ValueTask<string?>("again"), new ConversationLoopOptions { MaxTurns = 3 });

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.MaxTurnsReached));
        Assert.That(_api.Executes, Has.Count.EqualTo(4));
        Assert.That(session.HasEnded, Is.False);
    }

    [Test]
    public async Task A_delegate_that_never_answers_trips_the_idle_timeout_and_the_session_is_stopped()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId);
        var never = new TaskCompletionSource<string?>();

        var result = await session.RunAsync(
            (turn, _) => new ValueTask<string?>(never.Task), new ConversationLoopOptions { IdleTimeout = TimeSpan.FromMilliseconds(50) });

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.IdleTimeout));
        Assert.That(_api.Executes[^1].Request.RunInput.Command, Is.EqualTo(WorkflowCommand.Stop));
        Assert.That(session.Status, Is.EqualTo(InteractlyRunStatus.Cancelled));
    }

    [Test]
    public async Task A_failed_run_ends_the_loop_with_its_error()
    {
        _api.OnExecute = (call, _) =>
        {
            if (call.Request.RunInput.Command == WorkflowCommand.Start)
            {
                return Task.FromResult(ScriptedInteractlyApi.Turn(InteractlyRunStatus.WaitingForUserInput, 1, "Hi"));
            }

            var failed = ScriptedInteractlyApi.Turn(InteractlyRunStatus.Failed, 2);
            failed.Error = "tool exploded";
            return Task.FromResult(failed);
        };
        await using var session = await _client.StartSessionAsync(WorkflowId);

        var result = await session.RunAsync((turn, _) => new ValueTask<string?>("go"));

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.Failed));
        Assert.That(result.Error, Is.EqualTo("tool exploded"));
    }

    [Test]
    public async Task A_run_that_stops_asking_for_input_ends_the_loop()
    {
        _api.OnExecute = (call, _) => Task.FromResult(ScriptedInteractlyApi.Turn(InteractlyRunStatus.Paused, 1));
        await using var session = await _client.StartSessionAsync(WorkflowId);

        var result = await session.RunAsync((turn, _) => new ValueTask<string?>("x"));

        Assert.That(result.EndReason, Is.EqualTo(ConversationEndReason.NotWaitingForInput));
        Assert.That(_api.Executes, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cancelling_the_loop_throws_and_leaves_the_session_as_it_is()
    {
        await using var session = await _client.StartSessionAsync(WorkflowId);
        using var cts = new CancellationTokenSource();

        Assert.That(
            async () => await session.RunAsync(async (turn, ct) =>
            {
                await cts.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
                return "never";
            }, cancellationToken: cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(_api.Executes, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_resumed_session_needs_a_turn_before_the_loop()
    {
        var session = _client.ResumeSession(WorkflowId, ScriptedInteractlyApi.RunId);

        Assert.That(async () => await session.RunAsync((turn, _) => new ValueTask<string?>("x")), Throws.InvalidOperationException);
    }
}
