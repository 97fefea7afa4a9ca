using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.InteractlyTests.Sessions;

using Octave.Interactly.Sdk.Tests.Support;
using WireMock.Matchers;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Wire;

public class SessionWireTests : WireMockTest
{
    private const string WorkflowId = "0123456789abcdef01234567";
    private const string ExecutePath = "/workflows/v1/workflows/" + WorkflowId + "/execute";

    [Test]
    public async Task A_session_sends_version_on_turn_1_only_and_the_exact_later_turn_body()
    {
        // A scenario answers the three turns in order; each turn is served only when its request is the expected one.
        const string secondTurnBody = """
            {"run_input":{"command":"data","dynamic_variables":{},"runtime_variables":{},"miscellaneous":{},
              "thread_to_node_inputs":{"0":{"node_run_inputs":[{"type":"llm","messages":[
                {"type":"human","content":"I need to reschedule","additional_kwargs":{},"response_metadata":{},"name":null,"id":null}]}]}}},
             "run_id":"66f0c0ffee0c0ffee0c0ffee"}
            """;
        Server.Given(Exactly("POST", ExecutePath).WithParam("version", new ExactMatcher("5")).WithBody(new JsonPartialMatcher("""{"run_input":{"run_by":"api"}}""")))
            .InScenario("session").WillSetStateTo("turn 2")
            .RespondWith(Answer(200, InteractlyApiWireTests.TurnJson("waiting_for_user_input", "ok", 1)));
        Server.Given(Exactly("POST", ExecutePath).WithBody(new JsonMatcher(secondTurnBody)))
            .InScenario("session").WhenStateIs("turn 2").WillSetStateTo("turn 3")
            .RespondWith(Answer(200, InteractlyApiWireTests.TurnJson("waiting_for_user_input", "ok", 2)));
        Server.Given(Exactly("POST", ExecutePath).WithBody(new JsonPartialMatcher("""{"run_input":{"command":"stop"}}""")))
            .InScenario("session").WhenStateIs("turn 3").WillSetStateTo("stopped")
            .RespondWith(Answer(200, InteractlyApiWireTests.TurnJson("waiting_for_user_input", "ok", 3)));
        using var http = new HttpClient();
        var client = new InteractlyClient(http, new InteractlyOptions { ApiKey = "key-123456", BaseUrl = InteractlyBaseUrl }, InteractlySessionTests.FastOptions());

        await using (var session = await client.StartSessionAsync(WorkflowId, new StartSessionOptions { Version = 5 }))
        {
            await session.SendAsync("I need to reschedule");
        }

        var requests = Requests;
        Assert.That(requests.Select(r => r.RawQuery ?? string.Empty), Is.EqualTo(new[] { "?version=5", "", "" }));
        Assert.That(JsonNode.Parse(requests[0].Body!)!["run_id"], Is.Null);
        Assert.That((string)JsonNode.Parse(requests[0].Body!)!["run_input"]!["run_by"]!, Is.EqualTo("api"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(requests[1].Body!), JsonNode.Parse(secondTurnBody)), Is.True, requests[1].Body);
        Assert.That((string)JsonNode.Parse(requests[2].Body!)!["run_input"]!["command"]!, Is.EqualTo("stop"));
        Assert.That(Server.Scenarios["session"].NextState, Is.EqualTo("stopped"), "every turn was answered by its own stub");
    }

    [Test]
    public void Constructing_the_api_without_a_key_or_with_plain_http_to_a_remote_host_names_the_field()
    {
        using var http = new HttpClient();

        var noKey = Assert.Throws(Is.InstanceOf<ArgumentException>(), () => _ = TestApis.Interactly(http, new InteractlyOptions()))!;
        var plain = Assert.Throws<ArgumentException>(() =>
            _ = TestApis.Interactly(http, new InteractlyOptions { ApiKey = "key-123456", BaseUrl = new Uri("http://api.example.com/") }))!;

        Assert.That(((ArgumentException)noKey).ParamName, Is.EqualTo("ApiKey"));
        Assert.That(plain.ParamName, Is.EqualTo("BaseUrl"));
    }

    [Test]
    public void Validation_failures_make_no_request()
    {
        using var http = new HttpClient();
        var api = TestApis.Interactly(http, new InteractlyOptions { ApiKey = "key-123456", BaseUrl = InteractlyBaseUrl });
        var noMainThread = new ExecuteWorkflowRequest();
        noMainThread.RunInput.ThreadToNodeInputs.Clear();

        Assert.That(() => api.ExecuteAsync("ABCDEF0123456789abcdef01", new ExecuteWorkflowRequest()),
            Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("workflowId"));
        Assert.That(() => api.ExecuteAsync(WorkflowId, new ExecuteWorkflowRequest(), version: -2),
            Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("version"));
        Assert.That(() => api.ExecuteAsync(WorkflowId, new ExecuteWorkflowRequest { RunId = "" }),
            Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("run_id"));
        Assert.That(() => api.ExecuteAsync(WorkflowId, noMainThread),
            Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("thread_to_node_inputs"));
        Assert.That(() => api.PumpCompanionsAsync(WorkflowId, " "),
            Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("runId"));
        Assert.That(() => api.ListRunsAsync(new ListWorkflowRunsRequest { Page = 0 }),
            Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("page"));
        Assert.That(() => api.GetRunAsync(""),
            Throws.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("workflowRunId"));
        Assert.That(Server.LogEntries, Is.Empty);
    }
}
