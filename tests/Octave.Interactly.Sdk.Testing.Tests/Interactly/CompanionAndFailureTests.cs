using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

[TestFixture]
public sealed class CompanionAndFailureTests : InteractlyServerFixture
{
    private const string Companion = InteractlyCatalog.CompanionWorkflowId;
    private const string Failing = InteractlyCatalog.FailingWorkflowId;
    [Test]
    public async Task Background_work_finishes_after_two_pumps_with_an_extra_response()
    {
        JsonNode first = await Server.StartAsync(Companion);
        string runId = (string)first["run_id"]!;
        Assert.Multiple(() =>
        {
            Assert.That(first.AssistantTexts(), Is.EqualTo(new[] { "Hello! I'm running a background check while we talk." }));
            Assert.That((bool)first["has_background_work"]!, Is.True);
            Assert.That((bool)first["has_active_companions"]!, Is.True);
            Assert.That(first.Single("workflow_ready_for_input")["active_companion_thread_ids"]!.ToJsonString(),
                Is.EqualTo("[\"0_companion_background_check\"]"));
        });

        JsonNode pumpOne = await PumpAsync(runId);
        JsonObject boundary = pumpOne.Single("companion_step_boundary");
        Assert.Multiple(() =>
        {
            Assert.That((bool)pumpOne["has_background_work"]!, Is.True);
            Assert.That(pumpOne.AssistantTexts(), Is.Empty);
            Assert.That((int)boundary["attempts_completed"]!, Is.EqualTo(1));
            Assert.That((bool)boundary["still_active"]!, Is.True);
            Assert.That((string?)boundary["origin_thread_id"], Is.EqualTo("0_companion_background_check"));
            Assert.That((int)pumpOne["turn_number"]!, Is.EqualTo(1));
        });

        JsonNode pumpTwo = await PumpAsync(runId);
        Assert.Multiple(() =>
        {
            Assert.That((bool)pumpTwo["has_background_work"]!, Is.False);
            Assert.That((bool)pumpTwo["has_active_companions"]!, Is.False);
            Assert.That(pumpTwo.AssistantTexts(), Is.EqualTo(new[] { "Background check complete." }));
            Assert.That((string?)pumpTwo.Single("assistant_response")["origin_thread_id"], Is.EqualTo("0"));
            Assert.That((string?)pumpTwo["status"], Is.EqualTo("waiting_for_user_input"));
        });

        JsonNode idle = await PumpAsync(runId);
        Assert.That(idle.Types(), Does.Not.Contain("companion_step_boundary"));

        JsonNode last = await Server.SayAsync(Companion, runId, "thanks");
        Assert.Multiple(() =>
        {
            Assert.That(last.AssistantTexts(), Is.EqualTo(new[] { "Thanks, that's everything. Goodbye!" }));
            Assert.That((string?)last["status"], Is.EqualTo("completed"));
        });
    }

    [Test]
    public async Task Pumping_an_unknown_run_is_404()
    {
        (HttpStatusCode status, JsonNode body) = await Server.PostAsync($"v1/workflows/{Companion}/runs/aaaaaaaaaaaaaaaaaaaaaaaa/pump-companions", "{}");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)body["detail"], Does.Contain("aaaaaaaaaaaaaaaaaaaaaaaa"));
        });
    }

    [Test]
    public async Task Failing_workflow_fails_on_turn_two()
    {
        string runId = (string)(await Server.StartAsync(Failing))["run_id"]!;
        JsonNode failed = await Server.SayAsync(Failing, runId, "anything");
        JsonObject error = failed.Single("workflow_error");
        Assert.Multiple(() =>
        {
            Assert.That((string?)failed["status"], Is.EqualTo("failed"));
            Assert.That((bool)failed["is_completed"]!, Is.True);
            Assert.That((string?)failed["error"], Is.EqualTo("Simulated failure: the downstream tool returned an error."));
            Assert.That((string?)error["error_message"], Is.EqualTo((string?)failed["error"]));
            Assert.That((string?)error["stack_trace"], Is.Not.Empty);
            Assert.That(failed.Types()[^1], Is.EqualTo("workflow_error"));
        });

        (_, JsonNode record) = await Server.GetAsync($"v1/workflow-runs/{runId}");
        Assert.That((string?)record["workflow_run"]!["workflow_run"]!["termination_source"], Is.EqualTo("execution_error"));
    }

    [Test]
    public async Task Unknown_event_types_are_emitted_with_the_common_fields()
    {
        JsonNode first = await Server.StartAsync(Failing);
        JsonObject custom = first.Single("future_event_kind");
        Assert.Multiple(() =>
        {
            Assert.That((string?)custom["detail"], Is.EqualTo("an event type added after this client was written"));
            Assert.That((string?)custom["logical_id"], Does.StartWith("event_"));
            Assert.That((string?)custom["origin_thread_id"], Is.EqualTo("0"));
            Assert.That((string?)custom["origin_node_logical_id"], Is.EqualTo("future_event"));
        });
    }

    private async Task<JsonNode> PumpAsync(string runId)
    {
        (HttpStatusCode status, JsonNode body) = await Server.PostAsync($"v1/workflows/{Companion}/runs/{runId}/pump-companions", "{}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }
}
