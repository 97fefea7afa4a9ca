using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;

using Octave.Interactly.Sdk.Tests.Support;
using WireMock.Matchers;
using WireMock.RequestBuilders;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Wire;

public class InteractlyApiWireTests : WireMockTest
{
    private const string WorkflowId = "0123456789abcdef01234567";
    private const string RunId = "66f0c0ffee0c0ffee0c0ffee";
    private const string ApiKey = "itk_live_secret_value_123";
    private const string ExecutePath = "/workflows/v1/workflows/" + WorkflowId + "/execute";

    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void CreateHttp() => _http = new HttpClient();

    [OneTimeTearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task Execute_posts_to_the_execute_path_with_auth_version_team_and_user_headers_and_the_exact_body()
    {
        const string expectedBody = "{\"run_input\":{\"command\":\"start\",\"dynamic_variables\":{},\"runtime_variables\":{},\"miscellaneous\":{},\"thread_to_node_inputs\":{\"0\":{\"node_run_inputs\":[]}}}}";
        Server.Given(InteractlyCall("POST", ExecutePath)
                .WithParam("version", new ExactMatcher("3"))
                .WithHeader("teamid", new ExactMatcher("team-7"))
                .WithHeader("uuid", new ExactMatcher("user-9"))
                .WithHeader("Content-Type", new WildcardMatcher("application/json*"))
                .WithBody(new JsonMatcher(expectedBody)))
            .RespondWith(Answer(200, TurnJson("waiting_for_user_input", "Hello! What is your name?")));
        var api = CreateApi(o => { o.TeamId = "team-7"; o.UserId = "user-9"; });

        var response = await api.ExecuteAsync(
            WorkflowId, new ExecuteWorkflowRequest { RunInput = WorkflowRunInput.ForUserMessage(WorkflowCommand.Start, null) }, version: 3);

        var request = OnlyRequest;
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.Path, Is.EqualTo(ExecutePath));
        Assert.That(request.RawQuery, Is.EqualTo("?version=3"));
        Assert.That(Header(request, "Authorization"), Is.EqualTo("Bearer " + ApiKey));
        Assert.That(Header(request, "X-Interactly-API-Version"), Is.EqualTo(InteractlyOptions.DefaultApiVersion));
        Assert.That(Header(request, "teamid"), Is.EqualTo("team-7"));
        Assert.That(Header(request, "uuid"), Is.EqualTo("user-9"));
        Assert.That(Header(request, "Content-Type"), Does.StartWith("application/json"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse(expectedBody)), Is.True, request.Body);
        Assert.That(response.RunId, Is.EqualTo(RunId));
        Assert.That(response.Status, Is.EqualTo(InteractlyRunStatus.WaitingForUserInput));
        Assert.That(response.GetAssistantMessages(), Is.EqualTo(new[] { "Hello! What is your name?" }));
        Assert.That(response.Events[^1], Is.TypeOf<BusyWaitForUserMessageEvent>());
    }

    [Test]
    public async Task Team_and_user_headers_are_absent_when_not_configured_and_version_is_absent_when_null()
    {
        Server.Given(InteractlyCall("POST", ExecutePath)
                .WithHeader("teamid", "*", MatchBehaviour.RejectOnMatch)
                .WithHeader("uuid", "*", MatchBehaviour.RejectOnMatch))
            .RespondWith(Answer(200, TurnJson("running", null)));

        await CreateApi().ExecuteAsync(WorkflowId, new ExecuteWorkflowRequest { RunId = RunId });

        var request = OnlyRequest;
        Assert.That(HasHeader(request, "teamid"), Is.False);
        Assert.That(HasHeader(request, "uuid"), Is.False);
        Assert.That(request.RawQuery, Is.Null.Or.Empty);
    }

    [Test]
    public async Task Pump_companions_posts_an_empty_object_to_the_run_path()
    {
        var path = $"/workflows/v1/workflows/{WorkflowId}/runs/{RunId}/pump-companions";
        Server.Given(InteractlyCall("POST", path).WithBody(new ExactMatcher("{}")))
            .RespondWith(Answer(200, TurnJson("waiting_for_user_input", "Background result")));

        var response = await CreateApi().PumpCompanionsAsync(WorkflowId, RunId);

        var request = OnlyRequest;
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.Path, Is.EqualTo(path));
        Assert.That(request.Body, Is.EqualTo("{}"));
        Assert.That(response.GetAssistantMessages(), Is.EqualTo(new[] { "Background result" }));
    }

    [Test]
    public async Task List_runs_sends_flat_query_parameters_and_reads_the_page()
    {
        Server.Given(InteractlyCall("GET", "/workflows/v1/workflow-runs")
                .WithParam("page", new ExactMatcher("2"))
                .WithParam("size", new ExactMatcher("20"))
                .WithParam("search", new ExactMatcher("a b"))
                .WithParam("workflow_id", new ExactMatcher(WorkflowId))
                .WithParam("status", new ExactMatcher("completed"))
                .WithParam("run_by", new ExactMatcher("user-7")))
            .RespondWith(Answer(200, """
            {"workflow_runs":[{"_id":"66f0c0ffee0c0ffee0c0ffee","workflow_run":{"logical_id":"l","workflow_id":"0123456789abcdef01234567","status":"completed"},
              "team_id":"t","created_by":"u","created_at":"2026-03-01T10:00:00Z"}],"total":1}
            """));
        var request = new ListWorkflowRunsRequest
        {
            Page = 2,
            Size = 20,
            Search = "a b",
            Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            WorkflowId = WorkflowId,
            Status = InteractlyRunStatus.Completed,
            RunBy = "user-7",
        };

        var page = await CreateApi().ListRunsAsync(request);

        var sent = OnlyRequest;
        Assert.That(sent.Method, Is.EqualTo("GET"));
        Assert.That(sent.Path, Is.EqualTo("/workflows/v1/workflow-runs"));
        Assert.That(sent.RawQuery, Is.EqualTo($"?page=2&size=20&search=a%20b&start=2026-01-01T00%3A00%3A00.0000000%2B00%3A00&workflow_id={WorkflowId}&status=completed&run_by=user-7"));
        Assert.That(page.Total, Is.EqualTo(1));
        Assert.That(page.WorkflowRuns[0].Id, Is.EqualTo(RunId));
        Assert.That(page.WorkflowRuns[0].WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Completed));
        Assert.That(page.WorkflowRuns[0].CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task Get_run_reads_the_run_by_id()
    {
        Server.Given(InteractlyCall("GET", "/workflows/v1/workflow-runs/" + RunId))
            .RespondWith(Answer(200, "{\"workflow_run\":{\"_id\":\"" + RunId + "\",\"workflow_run\":{\"status\":\"failed\",\"termination_source\":\"execution_error\"}}}"));

        var record = await CreateApi().GetRunAsync(RunId);

        Assert.That(OnlyRequest.Path, Is.EqualTo("/workflows/v1/workflow-runs/" + RunId));
        Assert.That(record.WorkflowRun!.WorkflowRun!.TerminationSource, Is.EqualTo("execution_error"));
    }

    [TestCase(404, "{\"detail\":\"Run 66f0c0ffee0c0ffee0c0ffee not found or expired\"}", "Run 66f0c0ffee0c0ffee0c0ffee not found or expired")]
    [TestCase(422, "{\"detail\":[{\"loc\":[\"body\",\"run_input\",\"command\"],\"msg\":\"Input should be 'start', 'data', 'resume', 'pause' or 'stop'\",\"type\":\"enum\"}]}", "body.run_input.command: Input should be 'start', 'data', 'resume', 'pause' or 'stop'")]
    [TestCase(400, "{\"message\":\"Invalid workflow graph\",\"error\":\"Found 0 threads in workflow input\"}", "Invalid workflow graph: Found 0 threads in workflow input")]
    [TestCase(429, "{\"detail\":\"Too many requests\"}", "Too many requests")]
    public void Error_answers_become_WorkflowApiException_with_the_servers_message_and_request_id(int status, string body, string message)
    {
        Server.Given(InteractlyCall("POST", ExecutePath))
            .RespondWith(Answer(status, body, new Dictionary<string, string> { ["x-request-id"] = "req-123", ["Retry-After"] = "7" }));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() =>
            CreateApi().ExecuteAsync(WorkflowId, new ExecuteWorkflowRequest { RunId = RunId }))!;

        Assert.That((int)error.StatusCode, Is.EqualTo(status));
        Assert.That(error.ApiMessage, Is.EqualTo(message));
        Assert.That(error.RequestId, Is.EqualTo("req-123"));
        Assert.That(error.Service, Is.EqualTo(WorkflowService.Interactly));
        Assert.That(error.Message, Does.Contain(message));
        Assert.That(error.Message, Does.Not.Contain(ApiKey));
        if (status == 429)
        {
            Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
        }
    }

    [Test]
    public void An_error_body_echoing_the_key_is_redacted()
    {
        Server.Given(InteractlyCall("GET", "/workflows/v1/workflow-runs/" + RunId))
            .RespondWith(Answer(401, "{\"detail\":\"Invalid token " + ApiKey + "\"}"));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => CreateApi().GetRunAsync(RunId))!;

        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(error.ApiMessage, Does.Not.Contain(ApiKey));
        Assert.That(error.ResponseBody, Does.Not.Contain(ApiKey));
    }

    /// <summary>Matches a call to this method and path carrying the bearer key and the API version, exactly.</summary>
    private static IRequestBuilder InteractlyCall(string method, string path) =>
        Exactly(method, path)
            .WithHeader("Authorization", new ExactMatcher("Bearer " + ApiKey))
            .WithHeader("X-Interactly-API-Version", new ExactMatcher(InteractlyOptions.DefaultApiVersion));

    private IInteractlyApi CreateApi(Action<InteractlyOptions>? configure = null)
    {
        var options = new InteractlyOptions { ApiKey = ApiKey, BaseUrl = InteractlyBaseUrl };
        configure?.Invoke(options);
        return TestApis.Interactly(_http, options);
    }

    internal static string TurnJson(string status, string? assistantText, int turn = 1, bool backgroundWork = false, string runId = RunId)
    {
        var events = assistantText is null
            ? "[]"
            : "[{\"type\":\"assistant_response\",\"content\":" + System.Text.Json.JsonSerializer.Serialize(assistantText) +
              ",\"origin_thread_id\":\"0\"},{\"type\":\"busy_wait_for_user_message\",\"origin_node_logical_id\":\"ask\"}]";
        var waiting = status == "waiting_for_user_input" ? "true" : "false";
        var completed = status is "completed" or "failed" or "cancelled" or "aborted_looping_risk" ? "true" : "false";
        return $"{{\"run_id\":\"{runId}\",\"status\":\"{status}\",\"turn_number\":{turn},\"events\":{events}," +
               $"\"is_waiting_for_input\":{waiting},\"is_completed\":{completed},\"error\":null,\"next_input_hint\":null," +
               $"\"has_background_work\":{(backgroundWork ? "true" : "false")},\"has_active_companions\":false}}";
    }
}
