using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

[TestFixture]
public sealed class ExecuteValidationTests : InteractlyServerFixture
{
    private const string Greeter = InteractlyCatalog.GreeterWorkflowId;
    [TestCase("not-an-object-id")]
    [TestCase("6A11C0DE0000000000000001")]
    [TestCase("6a11c0de000000000000001")]
    public async Task Malformed_workflow_id_is_422_on_the_path(string workflowId)
    {
        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(workflowId, InteractlyTestServer.TurnBody(null, "start", null));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo((HttpStatusCode)422));
            Assert.That(body["detail"]![0]!["loc"]!.ToJsonString(), Is.EqualTo("[\"path\",\"workflow_id\"]"));
            Assert.That((string?)body["detail"]![0]!["type"], Is.EqualTo("value_error"));
        });
    }

    [TestCase("?version=-1", "greater_than_equal")]
    [TestCase("?version=two", "int_parsing")]
    public async Task Bad_version_is_422_on_the_query(string query, string type)
    {
        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(null, "start", null), query);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo((HttpStatusCode)422));
            Assert.That(body["detail"]![0]!["loc"]!.ToJsonString(), Is.EqualTo("[\"query\",\"version\"]"));
            Assert.That((string?)body["detail"]![0]!["type"], Is.EqualTo(type));
        });
    }

    [TestCase("{not json", "[\"body\"]")]
    [TestCase("[1,2]", "[\"body\"]")]
    [TestCase("{\"run_id\":null}", "[\"body\",\"run_input\"]")]
    public async Task Malformed_body_is_422(string json, string location)
    {
        (HttpStatusCode status, JsonNode body) = await Server.PostAsync($"v1/workflows/{Greeter}/execute", json);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo((HttpStatusCode)422));
            Assert.That(body["detail"]![0]!["loc"]!.ToJsonString(), Is.EqualTo(location));
        });
    }

    [Test]
    public async Task Unknown_command_is_422()
    {
        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(null, "continue", null));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo((HttpStatusCode)422));
            Assert.That(body["detail"]![0]!["loc"]!.ToJsonString(), Is.EqualTo("[\"body\",\"run_input\",\"command\"]"));
        });
    }

    [Test]
    public async Task Missing_main_thread_is_400()
    {
        JsonObject request = InteractlyTestServer.TurnBody(null, "start", null);
        request["run_input"]!["thread_to_node_inputs"] = new JsonObject { ["1"] = new JsonObject { ["node_run_inputs"] = new JsonArray() } };

        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(Greeter, request);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)body["message"], Is.EqualTo("Invalid workflow input"));
            Assert.That((string?)body["error"], Is.EqualTo("Found 0 threads in workflow input"));
        });
    }

    [Test]
    public async Task Unknown_workflow_is_404()
    {
        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync("ffffffffffffffffffffffff", InteractlyTestServer.TurnBody(null, "start", null));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)body["detail"], Is.EqualTo("Workflow ffffffffffffffffffffffff not found"));
        });
    }

    [Test]
    public async Task First_turn_must_be_start()
    {
        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(null, "data", "hi"));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)body["error"], Does.Contain("must use command 'start'"));
        });
    }

    [Test]
    public async Task Later_turns_may_also_use_start_as_the_docs_examples_do()
    {
        string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;
        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(runId, "start", "Ada"));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.AssistantTexts(), Is.EqualTo(new[] { "Nice to meet you, Ada! Ask me anything." }));
        });
    }
}
