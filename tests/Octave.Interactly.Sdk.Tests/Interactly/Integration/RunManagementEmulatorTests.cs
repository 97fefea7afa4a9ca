using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Integration;

/// <summary>Run management end to end against the emulator: start-or-resume, feedback with its 409, evaluation, schema, delete.</summary>
public class RunManagementEmulatorTests : InteractlyEmulatorTest
{
    [Test]
    public async Task A_run_started_and_resumed_through_the_older_endpoint_takes_feedback_only_once_finished()
    {
        var start = WorkflowRunInput.ForUserMessage(WorkflowCommand.Start, null);
        start.WorkflowId = InteractlyCatalog.FailingWorkflowId;
        var started = await Api.StartOrResumeRunAsync(start);
        var runId = started.WorkflowRun!.Id!;
        Assert.That(started.WorkflowRun.WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.WaitingForUserInput));

        var early = Assert.ThrowsAsync<RunInProgressException>(() => Api.RateTurnAsync(runId, 0, new RateRunRequest { Value = RunRatingValue.Up }))!;
        Assert.That(early.ApiMessage, Does.Contain("in progress"));

        var resume = WorkflowRunInput.ForUserMessage(WorkflowCommand.Data, "go");
        resume.WorkflowId = InteractlyCatalog.FailingWorkflowId;
        resume.WorkflowRunId = runId;
        var resumed = await Api.StartOrResumeRunAsync(resume);
        Assert.That(resumed.WorkflowRun!.WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Failed));

        var onRun = await Api.AddRunCommentAsync(runId, new AddRunCommentRequest { Content = "failed as designed" });
        Assert.That(onRun.FindNewestComment()?.Content, Is.EqualTo("failed as designed"));
        var onTurn = await Api.AddTurnCommentAsync(runId, 1, new AddRunCommentRequest { Content = "second turn" });
        Assert.That(onTurn.FindNewestComment(turnIndex: 1)?.Content, Is.EqualTo("second turn"));
        Assert.That(onTurn.FindNewestComment()?.Content, Is.EqualTo("failed as designed"), "the run comment is still there");

        var eventId = FirstEventId(onTurn.WorkflowRun!.Value);
        var onEvent = await Api.AddEventCommentAsync(runId, eventId, new AddRunCommentRequest { Content = "this line" });
        var eventComment = onEvent.FindNewestComment(eventId: eventId)!;
        Assert.That(eventComment.Content, Is.EqualTo("this line"));
        Assert.That(eventComment.LogicalId, Does.StartWith("comment_"));

        var rated = await Api.RateEventAsync(runId, eventId, new RateRunRequest { Value = RunRatingValue.StrongUp });
        Assert.That(FirstEvent(rated.WorkflowRun!.Value).GetProperty("rating").GetString(), Is.EqualTo("strong_up"));
        var turnRated = await Api.RateTurnAsync(runId, 0, new RateRunRequest { Value = RunRatingValue.Down });
        Assert.That(Pairs(turnRated.WorkflowRun!.Value)[0].GetProperty("ratings").GetProperty("value").GetString(), Is.EqualTo("down"));

        await Api.DeleteEventCommentAsync(runId, eventId, eventComment.LogicalId!);
        var gone = Assert.ThrowsAsync<WorkflowApiException>(() => Api.DeleteEventCommentAsync(runId, eventId, eventComment.LogicalId!))!;
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await Api.DeleteTurnRatingAsync(runId, 0);
        await Api.DeleteEventRatingAsync(runId, eventId);
        await Api.DeleteRunCommentAsync(runId, onRun.FindNewestComment()!.LogicalId!);
        await Api.DeleteTurnCommentAsync(runId, 1, onTurn.FindNewestComment(turnIndex: 1)!.LogicalId!);
        var missingTurn = Assert.ThrowsAsync<WorkflowApiException>(() => Api.AddTurnCommentAsync(runId, 9, new AddRunCommentRequest { Content = "x" }))!;
        Assert.That(missingTurn.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var evaluation = await Api.GetEvaluationResultAsync(runId);
        Assert.That(evaluation.Passed, Is.False);
        Assert.That(evaluation.Details?.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(evaluation.Details?.GetProperty("turns").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task The_schema_document_names_the_run_input_commands()
    {
        var schemas = await Api.GetRunSchemaAsync();

        Assert.That(schemas.RunSchema?.GetProperty("title").GetString(), Is.EqualTo("WorkflowRun"));
        var commands = schemas.RunInputSchema!.Value.GetProperty("properties").GetProperty("command").GetProperty("enum")
            .EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.That(commands, Is.EqualTo(new[] { "start", "data", "resume", "pause", "stop" }));
        Assert.That(schemas.RunOutputSchema, Is.Not.Null);
        Assert.That(schemas.RunInputOutputPairSchema, Is.Not.Null);
    }

    [Test]
    public async Task A_deleted_run_is_gone_from_get_and_list()
    {
        var first = await Api.ExecuteAsync(
            InteractlyCatalog.GreeterWorkflowId, new ExecuteWorkflowRequest { RunInput = WorkflowRunInput.ForUserMessage(WorkflowCommand.Start, null) });
        var runId = first.RunId!;
        var evaluationTooEarly = Assert.ThrowsAsync<WorkflowApiException>(() => Api.GetEvaluationResultAsync(runId))!;
        Assert.That(evaluationTooEarly.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));

        await Api.DeleteRunAsync(runId);

        var missing = Assert.ThrowsAsync<WorkflowApiException>(() => Api.GetRunAsync(runId))!;
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var list = await Api.ListRunsAsync();
        Assert.That(list.WorkflowRuns.Select(r => r.Id), Does.Not.Contain(runId));
        var again = Assert.ThrowsAsync<WorkflowApiException>(() => Api.DeleteRunAsync(runId))!;
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static JsonElement[] Pairs(JsonElement record) =>
        record.GetProperty("workflow_run").GetProperty("input_output_pairs").EnumerateArray().ToArray();

    private static JsonElement FirstEvent(JsonElement record) =>
        Pairs(record)[0].GetProperty("run_output").GetProperty("events").EnumerateArray().First();

    private static string FirstEventId(JsonElement record) => FirstEvent(record).GetProperty("logical_id").GetString()!;
}
