using System;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Wire;

/// <summary>A turn answer over HTTP: one document for the whole answer, owned by the response, and the usual errors.</summary>
public class TurnAnswerWireTests : WireMockTest
{
    private const string WorkflowId = "0123456789abcdef01234567";
    private const string RunId = "66f0c0ffee0c0ffee0c0ffee";
    private const string ExecutePath = "/workflows/v1/workflows/" + WorkflowId + "/execute";

    private const string Turn = """
        {"run_id":"66f0c0ffee0c0ffee0c0ffee","status":"waiting_for_user_input","turn_number":1,"is_waiting_for_input":true,
         "next_input_hint":{"origin_node_logical_id":"ask"},
         "events":[
          {"type":"start_node_run","logical_id":"event_1","run_input":{"type":"llm","messages":[]}},
          {"type":"assistant_response","logical_id":"event_2","content":"Hello!","response_metadata":{"model":"m"}},
          {"type":"busy_wait_for_user_message","logical_id":"event_3","origin_node_logical_id":"ask"}
         ]}
        """;

    private static readonly FieldInfo DocumentOfElement =
        typeof(JsonElement).GetField("_parent", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("JsonElement no longer keeps its document in _parent.");

    [Test]
    public async Task A_turns_events_are_views_into_one_document_that_outlives_the_http_client()
    {
        Server.Given(Exactly("POST", ExecutePath)).RespondWith(Answer(200, Turn));
        InteractiveRunResponse response;
        using (var http = new HttpClient())
        {
            response = await Execute(http);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();

        var document = DocumentOfElement.GetValue(response.Events[0].RawJson);
        Assert.That(DocumentOfElement.GetValue(response.Events[2].RawJson), Is.SameAs(document));
        Assert.That(DocumentOfElement.GetValue(response.NextInputHint!.Value), Is.SameAs(document));
        var start = (StartNodeRunEvent)response.Events[0];
        Assert.That(DocumentOfElement.GetValue(start.RunInput!.Value), Is.SameAs(document));
        Assert.That(start.RunInput.Value.GetProperty("type").GetString(), Is.EqualTo("llm"));
        Assert.That(((AssistantResponseEvent)response.Events[1]).ResponseMetadata!.Value.GetProperty("model").GetString(), Is.EqualTo("m"));
        Assert.That(response.GetAssistantMessages(), Is.EqualTo(new[] { "Hello!" }));
        Assert.That(response.GetBusyWaitHint()!.OriginNodeLogicalId, Is.EqualTo("ask"));
    }

    [TestCase("<html>Bad gateway</html>")]
    [TestCase("""{"run_id":"x","events":{}}""")]
    public void A_200_answer_that_does_not_read_is_the_serializers_error(string body)
    {
        Server.Given(Exactly("POST", ExecutePath)).RespondWith(Answer(200, body));
        var expected = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(body, InteractlyJsonContext.Default.InteractiveRunResponse))!;

        using var http = new HttpClient();
        var error = Assert.ThrowsAsync<WorkflowApiException>(() => Execute(http))!;

        Assert.That(error.ApiMessage, Is.EqualTo("The response could not be read: " + expected.Message));
    }

    [Test]
    public void A_200_answer_of_json_null_is_an_unreadable_body()
    {
        Server.Given(Exactly("POST", ExecutePath)).RespondWith(Answer(200, "null"));

        using var http = new HttpClient();
        var error = Assert.ThrowsAsync<WorkflowApiException>(() => Execute(http))!;

        Assert.That(error.ApiMessage, Is.EqualTo("The response could not be read: The body was JSON null."));
    }

    private static Task<InteractiveRunResponse> Execute(HttpClient http) =>
        TestApis.Interactly(http, new InteractlyOptions { ApiKey = "itk_test_key", BaseUrl = InteractlyBaseUrl })
            .ExecuteAsync(WorkflowId, new ExecuteWorkflowRequest { RunId = RunId });
}
