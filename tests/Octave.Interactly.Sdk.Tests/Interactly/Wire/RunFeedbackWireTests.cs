using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Wire;

/// <summary>The run-management endpoints on the wire: paths, methods, bodies, answers, and the 409 mapping.</summary>
public class RunFeedbackWireTests : WireMockTest
{
    private const string RunId = "66f0c0ffee0c0ffee0c0ffee";
    private const string WorkflowId = "0123456789abcdef01234567";
    private const string ApiKey = "itk_live_secret_value_123";
    private const string RunPath = "/workflows/v1/workflow-runs/" + RunId;
    private const string EventId = "event_6b1c";
    private const string CommentId = "comment_42";

    /// <summary>A run document as the service echoes it after feedback: run, turn and event comments.</summary>
    private const string FeedbackDocument = """
        {"workflow_run":{"_id":"66f0c0ffee0c0ffee0c0ffee","workflow_run":{
          "comments":[{"logical_id":"comment_run","content":"run note","created_by":"ann","created_at":"2026-01-02T03:04:05Z"}],
          "input_output_pairs":[{"comments":[{"logical_id":"comment_turn","content":"turn note"}],"ratings":{"value":"up"},
            "run_output":{"events":[{"type":"assistant_response","logical_id":"event_6b1c","content":"hi",
              "comments":[{"logical_id":"comment_event","content":"event note"}]}]}}]}}}
        """;

    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void CreateHttp() => _http = new HttpClient();

    [OneTimeTearDown]
    public void DisposeHttp() => _http.Dispose();

    private static IEnumerable<TestCaseData> FeedbackCalls()
    {
        var comment = new AddRunCommentRequest { Content = "looks right" };
        var rating = new RateRunRequest { Value = RunRatingValue.StrongUp };
        const string commentBody = "{\"content\":\"looks right\"}";
        const string ratingBody = "{\"value\":\"strong_up\"}";
        yield return Case("POST", RunPath + "/comments", commentBody, api => api.AddRunCommentAsync(RunId, comment), "add run comment");
        yield return Case("DELETE", RunPath + "/comments/" + CommentId, null, api => api.DeleteRunCommentAsync(RunId, CommentId), "delete run comment");
        yield return Case("POST", RunPath + "/turns/2/comments", commentBody, api => api.AddTurnCommentAsync(RunId, 2, comment), "add turn comment");
        yield return Case("DELETE", RunPath + "/turns/2/comments/" + CommentId, null, api => api.DeleteTurnCommentAsync(RunId, 2, CommentId), "delete turn comment");
        yield return Case("POST", RunPath + "/events/" + EventId + "/comments", commentBody, api => api.AddEventCommentAsync(RunId, EventId, comment), "add event comment");
        yield return Case("DELETE", RunPath + "/events/" + EventId + "/comments/" + CommentId, null, api => api.DeleteEventCommentAsync(RunId, EventId, CommentId), "delete event comment");
        yield return Case("PUT", RunPath + "/turns/0/rating", ratingBody, api => api.RateTurnAsync(RunId, 0, rating), "rate turn");
        yield return Case("DELETE", RunPath + "/turns/0/rating", null, api => api.DeleteTurnRatingAsync(RunId, 0), "delete turn rating");
        yield return Case("PUT", RunPath + "/events/" + EventId + "/rating", ratingBody, api => api.RateEventAsync(RunId, EventId, rating), "rate event");
        yield return Case("DELETE", RunPath + "/events/" + EventId + "/rating", null, api => api.DeleteEventRatingAsync(RunId, EventId), "delete event rating");
    }

    [TestCaseSource(nameof(FeedbackCalls))]
    public async Task Feedback_calls_use_their_method_path_and_exact_body(string method, string path, string? body, Func<IInteractlyApi, Task> call)
    {
        Server.Given(InteractlyCall(method, path)).RespondWith(Answer(body is null ? 204 : 200, body is null ? "" : FeedbackDocument));

        await call(CreateApi());

        var request = OnlyRequest;
        Assert.That(request.Method, Is.EqualTo(method));
        Assert.That(request.Path, Is.EqualTo(path));
        if (body is null)
        {
            Assert.That(request.Body, Is.Null.Or.Empty);
        }
        else
        {
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(body)), Is.True, request.Body);
        }
    }

    [TestCaseSource(nameof(FeedbackCalls))]
    public void A_409_on_feedback_becomes_RunInProgressException_with_the_service_message(string method, string path, string? body, Func<IInteractlyApi, Task> call)
    {
        Server.Given(InteractlyCall(method, path))
            .RespondWith(Answer(409, "{\"detail\":\"Workflow run is in progress\"}", new Dictionary<string, string> { ["x-request-id"] = "req-409" }));

        var error = Assert.ThrowsAsync<RunInProgressException>(() => call(CreateApi()))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(error.ApiMessage, Is.EqualTo("Workflow run is in progress"));
        Assert.That(error.RequestId, Is.EqualTo("req-409"));
        Assert.That(error.Path, Is.EqualTo(path));
        Assert.That(Requests, Has.Count.EqualTo(1), "a conflict is not retried");
    }

    [Test]
    public void A_409_elsewhere_stays_a_plain_WorkflowApiException()
    {
        Server.Given(InteractlyCall("DELETE", RunPath)).RespondWith(Answer(409, "{\"detail\":\"busy\"}"));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => CreateApi().DeleteRunAsync(RunId))!;

        Assert.That(error, Is.Not.InstanceOf<RunInProgressException>());
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task The_comment_just_added_is_found_at_the_run_the_turn_and_the_event()
    {
        Server.Given(InteractlyCall("POST", RunPath + "/comments")).RespondWith(Answer(200, FeedbackDocument));

        var response = await CreateApi().AddRunCommentAsync(RunId, new AddRunCommentRequest { Content = "run note" });

        var onRun = response.FindNewestComment();
        Assert.That(onRun?.LogicalId, Is.EqualTo("comment_run"));
        Assert.That(onRun?.Content, Is.EqualTo("run note"));
        Assert.That(onRun?.CreatedBy, Is.EqualTo("ann"));
        Assert.That(onRun?.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.That(response.FindNewestComment(turnIndex: 0)?.LogicalId, Is.EqualTo("comment_turn"));
        Assert.That(response.FindNewestComment(eventId: EventId)?.LogicalId, Is.EqualTo("comment_event"));
        Assert.That(response.FindNewestComment(turnIndex: 5), Is.Null);
        Assert.That(response.FindNewestComment(eventId: "event_missing"), Is.Null);
    }

    [Test]
    public async Task A_bare_comment_answer_is_read_too()
    {
        Server.Given(InteractlyCall("POST", RunPath + "/comments"))
            .RespondWith(Answer(200, "{\"logical_id\":\"comment_bare\",\"content\":\"bare\",\"created_at\":\"2026-01-02T03:04:05Z\"}"));

        var response = await CreateApi().AddRunCommentAsync(RunId, new AddRunCommentRequest { Content = "bare" });

        Assert.That(response.WorkflowRun, Is.Null);
        Assert.That(response.FindNewestComment()?.LogicalId, Is.EqualTo("comment_bare"));
        Assert.That(response.FindNewestComment()?.CreatedAt?.Year, Is.EqualTo(2026));
    }

    [Test]
    public async Task Delete_run_sends_a_delete_to_the_run_path_and_accepts_204()
    {
        Server.Given(InteractlyCall("DELETE", RunPath)).RespondWith(Answer(204, ""));

        await CreateApi().DeleteRunAsync(RunId);

        Assert.That(OnlyRequest.Method, Is.EqualTo("DELETE"));
    }

    [Test]
    public async Task Schema_reads_the_four_schemas_and_keeps_extra_keys()
    {
        Server.Given(InteractlyCall("GET", "/workflows/v1/workflow-runs/schema")).RespondWith(Answer(200, """
            {"run_schema":{"title":"WorkflowRun"},"run_input_schema":{"title":"WorkflowRunInput"},
             "run_output_schema":{"title":"WorkflowRunOutput"},"run_input_output_pair_schema":{"title":"Pair"},"event_schema":{}}
            """));

        var schemas = await CreateApi().GetRunSchemaAsync();

        Assert.That(schemas.RunSchema?.GetProperty("title").GetString(), Is.EqualTo("WorkflowRun"));
        Assert.That(schemas.RunInputSchema?.GetProperty("title").GetString(), Is.EqualTo("WorkflowRunInput"));
        Assert.That(schemas.RunOutputSchema?.GetProperty("title").GetString(), Is.EqualTo("WorkflowRunOutput"));
        Assert.That(schemas.RunInputOutputPairSchema?.GetProperty("title").GetString(), Is.EqualTo("Pair"));
        Assert.That(schemas.AdditionalProperties, Does.ContainKey("event_schema"));
    }

    [Test]
    public async Task Evaluation_result_reads_score_passed_details_and_time()
    {
        Server.Given(InteractlyCall("GET", RunPath + "/evaluation-result"))
            .RespondWith(Answer(200, "{\"score\":0.75,\"passed\":true,\"details\":{\"rubric\":\"ok\"},\"evaluated_at\":\"2026-01-02T03:04:05Z\",\"evaluator\":\"v2\"}"));

        var result = await CreateApi().GetEvaluationResultAsync(RunId);

        Assert.That(result.Score, Is.EqualTo(0.75));
        Assert.That(result.Passed, Is.True);
        Assert.That(result.Details?.GetProperty("rubric").GetString(), Is.EqualTo("ok"));
        Assert.That(result.EvaluatedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.That(result.AdditionalProperties, Does.ContainKey("evaluator"));
    }

    [Test]
    public async Task Start_or_resume_posts_the_bare_run_input_and_reads_the_run_record()
    {
        Server.Given(InteractlyCall("POST", "/workflows/v1/workflow-runs"))
            .RespondWith(Answer(200, "{\"workflow_run\":{\"_id\":\"" + RunId + "\",\"workflow_run\":{\"status\":\"waiting_for_user_input\"}}}"));
        var input = WorkflowRunInput.ForUserMessage(WorkflowCommand.Start, null);
        input.WorkflowId = WorkflowId;

        var record = await CreateApi().StartOrResumeRunAsync(input);

        var body = JsonNode.Parse(OnlyRequest.Body!)!.AsObject();
        Assert.That(body.ContainsKey("run_input"), Is.False, "the older endpoint takes a bare run input");
        Assert.That(body["workflow_id"]!.GetValue<string>(), Is.EqualTo(WorkflowId));
        Assert.That(body["command"]!.GetValue<string>(), Is.EqualTo("start"));
        Assert.That(body["thread_to_node_inputs"]!.AsObject().ContainsKey("0"), Is.True);
        Assert.That(record.WorkflowRun?.Id, Is.EqualTo(RunId));
    }

    [Test]
    public void Bad_arguments_fail_before_any_request_naming_the_field()
    {
        var api = CreateApi();
        var noWorkflow = WorkflowRunInput.ForUserMessage(WorkflowCommand.Start, null);

        Assert.Multiple(() =>
        {
            Assert.That(() => api.AddRunCommentAsync(RunId, new AddRunCommentRequest { Content = "  " }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("content"));
            Assert.That(() => api.RateTurnAsync(RunId, 0, new RateRunRequest { Value = new RunRatingValue("meh") }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("value"));
            Assert.That(() => api.RateTurnAsync(RunId, -1, new RateRunRequest { Value = RunRatingValue.Up }), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("turnIndex"));
            Assert.That(() => api.DeleteEventCommentAsync(RunId, " ", CommentId), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("eventId"));
            Assert.That(() => api.DeleteRunCommentAsync(RunId, ""), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("commentLogicalId"));
            Assert.That(() => api.DeleteRunAsync(" "), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("workflowRunId"));
            Assert.That(() => api.StartOrResumeRunAsync(noWorkflow), Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("workflow_id"));
        });
        Assert.That(Requests, Is.Empty);
    }

    private static TestCaseData Case(string method, string path, string? body, Func<IInteractlyApi, Task> call, string name) =>
        new TestCaseData(method, path, body, call).SetArgDisplayNames(name);

    private static IRequestBuilder InteractlyCall(string method, string path) =>
        Exactly(method, path)
            .WithHeader("Authorization", new ExactMatcher("Bearer " + ApiKey))
            .WithHeader("X-Interactly-API-Version", new ExactMatcher(InteractlyOptions.DefaultApiVersion));

    private IInteractlyApi CreateApi() =>
        TestApis.Interactly(_http, new InteractlyOptions { ApiKey = ApiKey, BaseUrl = InteractlyBaseUrl });
}
