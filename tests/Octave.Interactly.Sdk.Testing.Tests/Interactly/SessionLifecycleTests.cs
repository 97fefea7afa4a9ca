using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

[TestFixture]
public sealed class SessionLifecycleTests : InteractlyServerFixture
{
    private const string Greeter = InteractlyCatalog.GreeterWorkflowId;
    [Test]
    public async Task Stop_cancels_and_a_later_turn_is_a_conflict()
    {
        string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;

        (HttpStatusCode stopStatus, JsonNode stopped) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(runId, "stop", null));
        Assert.Multiple(() =>
        {
            Assert.That(stopStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)stopped["status"], Is.EqualTo("cancelled"));
            Assert.That((bool)stopped["is_completed"]!, Is.True);
            Assert.That(stopped.Types()[^1], Is.EqualTo("end_workflow"));
        });

        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(runId, "data", "hello?"));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)body["detail"], Is.EqualTo($"Workflow run {runId} is already cancelled"));
        });
    }

    [Test]
    public async Task Unknown_run_id_is_404_with_detail()
    {
        const string missing = "0123456789abcdef01234567";
        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(missing, "data", "hi"));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)body["detail"], Is.EqualTo($"Workflow run {missing} not found or session expired"));
        });
    }

    [Test]
    public async Task Run_id_sent_to_another_workflow_is_404()
    {
        string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;
        (HttpStatusCode status, _) = await Server.ExecuteAsync(
            InteractlyCatalog.ChatLoopWorkflowId, InteractlyTestServer.TurnBody(runId, "data", "hi"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Pause_parks_the_run_and_resume_brings_back_the_wait()
    {
        string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;

        (_, JsonNode paused) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(runId, "pause", null));
        Assert.Multiple(() =>
        {
            Assert.That((string?)paused["status"], Is.EqualTo("paused"));
            Assert.That((bool)paused["is_waiting_for_input"]!, Is.False);
            Assert.That((bool)paused["is_completed"]!, Is.False);
        });

        (HttpStatusCode whilePaused, _) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(runId, "data", "Ada"));
        Assert.That(whilePaused, Is.EqualTo(HttpStatusCode.Conflict));

        (_, JsonNode resumed) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(runId, "resume", null));
        Assert.Multiple(() =>
        {
            Assert.That((string?)resumed["status"], Is.EqualTo("waiting_for_user_input"));
            Assert.That((string?)resumed["next_input_hint"]!["origin_node_logical_id"], Is.EqualTo("ask_name"));
        });

        JsonNode answered = await Server.SayAsync(Greeter, runId, "Ada");
        Assert.That(answered.AssistantTexts(), Is.EqualTo(new[] { "Nice to meet you, Ada! Ask me anything." }));
    }

    [Test]
    public async Task A_second_turn_on_a_busy_run_is_a_conflict()
    {
        string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int turnsEntered = 0;

        // Only the first turn is held open; if the engine wrongly let a second one in, it must not hang too.
        Server.Engine.BeforeTurnExecutes = _ =>
        {
            if (System.Threading.Interlocked.Increment(ref turnsEntered) > 1)
            {
                return Task.CompletedTask;
            }

            entered.TrySetResult();
            return release.Task;
        };

        try
        {
            Task<(HttpStatusCode, JsonNode)> first = Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(runId, "data", "Ada"));
            await entered.Task.WaitAsync(System.TimeSpan.FromSeconds(5));

            (HttpStatusCode secondStatus, JsonNode secondBody) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(runId, "data", "Bob"));
            release.SetResult();
            (HttpStatusCode firstStatus, JsonNode firstBody) = await first;

            Assert.Multiple(() =>
            {
                Assert.That(secondStatus, Is.EqualTo(HttpStatusCode.Conflict));
                Assert.That((string?)secondBody["detail"], Is.EqualTo($"A turn is already in progress for run {runId}"));
                Assert.That(firstStatus, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(firstBody.AssistantTexts(), Is.EqualTo(new[] { "Nice to meet you, Ada! Ask me anything." }));
            });
        }
        finally
        {
            Server.Engine.BeforeTurnExecutes = null;
            release.TrySetResult();
        }
    }

    [Test]
    public async Task Many_sessions_talk_at_once_without_mixing_up()
    {
        var sessions = new Task<string>[50];
        for (int i = 0; i < sessions.Length; i++)
        {
            string name = "user" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sessions[i] = Task.Run(async () =>
            {
                string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;
                JsonNode reply = await Server.SayAsync(Greeter, runId, name);
                return reply.AssistantTexts()[0];
            });
        }

        string[] replies = await Task.WhenAll(sessions);
        for (int i = 0; i < replies.Length; i++)
        {
            Assert.That(replies[i], Is.EqualTo($"Nice to meet you, user{i}! Ask me anything."));
        }
    }
}
