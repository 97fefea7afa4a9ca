using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

[TestFixture]
public sealed class ChatLoopTests : InteractlyServerFixture
{
    private const string ChatLoop = InteractlyCatalog.ChatLoopWorkflowId;
    [Test]
    public async Task Echoes_every_message_with_its_turn_then_says_goodbye()
    {
        JsonNode first = await Server.StartAsync(ChatLoop);
        string runId = (string)first["run_id"]!;
        Assert.That(first.AssistantTexts(), Is.EqualTo(new[] { "Let's chat! Say \"bye\" when you're done." }));

        for (int turn = 2; turn <= 7; turn++)
        {
            JsonNode reply = await Server.SayAsync(ChatLoop, runId, $"message {turn}");
            Assert.Multiple(() =>
            {
                Assert.That(reply.AssistantTexts(), Is.EqualTo(new[] { $"You said: message {turn} (turn {turn})" }));
                Assert.That((int)reply["turn_number"]!, Is.EqualTo(turn));
                Assert.That((string?)reply["status"], Is.EqualTo("waiting_for_user_input"));
            });
        }

        JsonNode last = await Server.SayAsync(ChatLoop, runId, "OK, Bye now");
        Assert.Multiple(() =>
        {
            Assert.That(last.AssistantTexts(), Is.EqualTo(new[] { "Goodbye! Thanks for chatting." }));
            Assert.That((string?)last["status"], Is.EqualTo("completed"));
            Assert.That(last.Types()[^1], Is.EqualTo("end_workflow"));
        });
    }

    [Test]
    public async Task A_turn_past_max_turns_aborts_with_looping_risk()
    {
        string runId = (string)(await Server.StartAsync(ChatLoop))["run_id"]!;
        for (int turn = 2; turn <= 20; turn++)
        {
            JsonNode reply = await Server.SayAsync(ChatLoop, runId, "again");
            Assert.That((string?)reply["status"], Is.EqualTo("waiting_for_user_input"), $"turn {turn}");
        }

        JsonNode aborted = await Server.SayAsync(ChatLoop, runId, "again");
        Assert.Multiple(() =>
        {
            Assert.That((int)aborted["turn_number"]!, Is.EqualTo(21));
            Assert.That((string?)aborted["status"], Is.EqualTo("aborted_looping_risk"));
            Assert.That((bool)aborted["is_completed"]!, Is.True);
            Assert.That((string?)aborted["error"], Does.Contain("limit of 20 turns"));
            Assert.That(aborted.AssistantTexts(), Is.Empty);
            Assert.That(aborted.Types(), Does.Contain("workflow_warning"));
            Assert.That(aborted.Types()[^1], Is.EqualTo("workflow_error"));
        });
    }

    [Test]
    public async Task A_script_that_never_waits_is_stopped_within_one_turn()
    {
        Server.Engine.Catalog.Add(new InteractlyWorkflowScript
        {
            WorkflowId = "0000000000000000000000aa",
            Name = "Spinner",
            StartNode = "a",
            Nodes = [ScriptNode.Branch("a", "b"), ScriptNode.Branch("b", "a")],
        });

        JsonNode first = await Server.StartAsync("0000000000000000000000aa");
        Assert.Multiple(() =>
        {
            Assert.That((string?)first["status"], Is.EqualTo("aborted_looping_risk"));
            Assert.That((string?)first["error"], Does.Contain("without waiting"));
        });
    }
}
