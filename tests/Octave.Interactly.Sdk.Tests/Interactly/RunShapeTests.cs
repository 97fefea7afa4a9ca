using System.Linq;
using System.Text.Json;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests;

/// <summary>The run answers servers really send, beyond the documented nesting (shapes the official SDK reads too).</summary>
public class RunShapeTests
{
    private const string Turn =
        "{\"run_input\":{\"command\":\"start\"},\"run_output\":{\"events\":[{\"type\":\"user_messages\",\"logical_id\":\"e1\"}]}}";

    [Test]
    public void The_documented_nested_answer_takes_the_run_id_from_the_inner_workflow_run_id()
    {
        var json = "{\"workflow_run\":{\"_id\":\"doc1\",\"team_id\":\"team\",\"created_at\":\"2026-07-07T00:00:00Z\",\"created_by\":\"u1\"," +
                   "\"workflow_run\":{\"workflow_run_id\":\"run1\",\"workflow_id\":\"wf1\",\"status\":\"completed\",\"run_by\":\"api\",\"version_number\":0," +
                   "\"input_output_pairs\":[" + Turn + "],\"comments\":[{\"logical_id\":\"c1\",\"content\":\"first\",\"createdBy\":\"u2\"}]}}}";

        var record = Get(json).WorkflowRun!;

        Assert.Multiple(() =>
        {
            Assert.That(record.Id, Is.EqualTo("doc1"));
            Assert.That(record.RunId, Is.EqualTo("run1"));
            Assert.That(record.WorkflowRun!.WorkflowId, Is.EqualTo("wf1"));
            Assert.That(record.WorkflowRun.Status, Is.EqualTo(InteractlyRunStatus.Completed));
            Assert.That(record.WorkflowRun.InputOutputPairs, Has.Count.EqualTo(1));
            Assert.That(record.WorkflowRun.InputOutputPairs[0].RunOutput!.Events![0], Is.TypeOf<UserMessagesEvent>());
            Assert.That(record.WorkflowRun.Comments!.Single().CreatedBy, Is.EqualTo("u2"));
        });
    }

    [Test]
    public void A_flat_run_reads_as_a_record_with_its_run_filled_in()
    {
        var json = "{\"id\":\"run-456\",\"workflow_id\":\"wf-123\",\"status\":\"completed\",\"run_by\":\"api\",\"version_number\":1," +
                   "\"team_id\":\"team\",\"created_at\":\"2024-01-01T12:00:00Z\",\"error\":null,\"input_output_pairs\":[" + Turn + "]}";

        var response = Get(json);
        var record = response.WorkflowRun!;

        Assert.Multiple(() =>
        {
            Assert.That(record.Id, Is.EqualTo("run-456"));
            Assert.That(record.RunId, Is.EqualTo("run-456"));
            Assert.That(record.TeamId, Is.EqualTo("team"));
            Assert.That(record.CreatedAt, Is.EqualTo(new System.DateTimeOffset(2024, 1, 1, 12, 0, 0, System.TimeSpan.Zero)));
            Assert.That(record.WorkflowRun!.WorkflowId, Is.EqualTo("wf-123"));
            Assert.That(record.WorkflowRun.Status, Is.EqualTo(InteractlyRunStatus.Completed));
            Assert.That(record.WorkflowRun.RunBy, Is.EqualTo("api"));
            Assert.That(record.WorkflowRun.VersionNumber, Is.EqualTo(1));
            Assert.That(record.WorkflowRun.InputOutputPairs, Has.Count.EqualTo(1));
            Assert.That(response.AdditionalProperties, Is.Null, "the flat fields were read, not left over");
        });
    }

    [Test]
    public void A_record_without_its_envelope_keeps_the_record_fields_and_the_run()
    {
        var json = "{\"_id\":\"doc1\",\"team_id\":\"team\",\"workflow_run\":{\"workflow_run_id\":\"run1\",\"workflow_id\":\"wf1\",\"status\":\"running\"}}";

        var record = Get(json).WorkflowRun!;

        Assert.That(record.Id, Is.EqualTo("doc1"));
        Assert.That(record.TeamId, Is.EqualTo("team"));
        Assert.That(record.RunId, Is.EqualTo("run1"));
        Assert.That(record.WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Running));
    }

    [TestCase("{\"workflow_run\":{\"_id\":\"d\",\"workflow_run\":{\"workflow_id\":\"w\",\"status\":\"running\"}}}")]
    [TestCase("{\"workflow_run\":{\"_id\":\"d\",\"workflow_run\":{\"workflow_id\":\"w\",\"input_output_pairs\":null}}}")]
    [TestCase("{\"id\":\"d\",\"workflow_id\":\"w\",\"status\":\"running\",\"input_output_pairs\":null}")]
    public void Missing_or_null_turns_read_as_an_empty_list(string json)
    {
        Assert.That(Get(json).WorkflowRun!.WorkflowRun!.InputOutputPairs, Is.Not.Null.And.Empty);
    }

    [TestCase("items")]
    [TestCase("data")]
    public void A_page_keyed_items_or_data_reads_like_workflow_runs_with_its_paging(string key)
    {
        var json = "{\"" + key + "\":[{\"id\":\"run-456\",\"workflow_id\":\"wf-123\",\"status\":\"completed\"}]," +
                   "\"total\":41,\"page\":2,\"size\":20,\"pages\":3}";

        var page = JsonSerializer.Deserialize(json, InteractlyJsonContext.Default.WorkflowRunList)!;

        Assert.Multiple(() =>
        {
            Assert.That(page.WorkflowRuns.Select(run => run.RunId), Is.EqualTo(new[] { "run-456" }));
            Assert.That(page.WorkflowRuns[0].Id, Is.EqualTo("run-456"));
            Assert.That(page.WorkflowRuns[0].WorkflowRun!.WorkflowId, Is.EqualTo("wf-123"));
            Assert.That(page.WorkflowRuns[0].WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Completed));
            Assert.That((page.Total, page.Page, page.Size, page.Pages), Is.EqualTo((41, 2, 20, 3)));
            Assert.That(page.AdditionalProperties?.ContainsKey(key) ?? false, Is.False, "the list was read, not left over");
        });
    }

    [Test]
    public void A_documented_page_prefers_the_inner_workflow_run_id_for_the_run_id()
    {
        var json = "{\"workflow_runs\":[{\"_id\":\"doc1\",\"workflow_run\":{\"workflow_run_id\":\"run1\",\"logical_id\":\"l\",\"status\":\"failed\"}},{\"_id\":\"doc2\",\"workflow_run\":{\"status\":\"running\"}}],\"total\":2}";

        var page = JsonSerializer.Deserialize(json, InteractlyJsonContext.Default.WorkflowRunList)!;

        Assert.That(page.WorkflowRuns.Select(run => run.RunId), Is.EqualTo(new[] { "run1", "doc2" }));
        Assert.That(page.WorkflowRuns.Select(run => run.Id), Is.EqualTo(new[] { "doc1", "doc2" }));
    }

    [Test]
    public void A_page_with_no_list_at_all_is_empty_rather_than_null()
    {
        var page = JsonSerializer.Deserialize("{\"total\":0,\"workflow_runs\":null}", InteractlyJsonContext.Default.WorkflowRunList)!;

        Assert.That(page.WorkflowRuns, Is.Not.Null.And.Empty);
    }

    [Test]
    public void Run_usage_and_turn_ratings_are_typed()
    {
        var json = "{\"workflow_run\":{\"_id\":\"d\",\"workflow_run\":{\"workflow_id\":\"w\"," +
                   "\"llm_token_usage\":{\"total_input_tokens\":10,\"total_output_tokens\":5,\"total_tokens\":15,\"call_count\":2,\"breakdown_by_models\":[{\"response_model\":\"m\",\"total_tokens\":15}]}," +
                   "\"llm_latency_stats\":{\"call_count\":2,\"average_latency_milliseconds\":12.5}," +
                   "\"input_output_pairs\":[{\"ratings\":[{\"logical_id\":\"rating_1\",\"value\":\"strong_up\",\"createdBy\":\"u\"}],\"comments\":[]}]}}}";

        var run = Get(json).WorkflowRun!.WorkflowRun!;

        Assert.Multiple(() =>
        {
            Assert.That(run.LlmTokenUsage!.TotalTokens, Is.EqualTo(15));
            Assert.That(run.LlmTokenUsage.BreakdownByModels!.Single().ResponseModel, Is.EqualTo("m"));
            Assert.That(run.LlmLatencyStats!.AverageLatencyMilliseconds, Is.EqualTo(12.5));
            Assert.That(run.InputOutputPairs[0].Ratings!.Single().Value, Is.EqualTo("strong_up"));
        });
    }

    private static WorkflowRunRecordResponse Get(string json) =>
        JsonSerializer.Deserialize(json, InteractlyJsonContext.Default.WorkflowRunRecordResponse)!;

    [Test]
    public void A_turn_answer_with_null_events_has_an_empty_list()
    {
        var turn = JsonSerializer.Deserialize("{\"run_id\":\"r\",\"status\":\"running\",\"turn_number\":1,\"events\":null}", InteractlyJsonContext.Default.InteractiveRunResponse)!;

        Assert.That(turn.Events, Is.Not.Null.And.Empty);
        Assert.That(turn.GetAssistantMessages(), Is.Empty);
    }
}
