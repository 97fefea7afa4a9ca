using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

[TestFixture]
public sealed class ScenarioLoadingTests
{
    private const string ScenarioJson = """
        {
          "workflows": [
            {
              "workflow_id": "0123456789abcdef01234567",
              "Name": "Order bot",
              "start_node": "ask",
              "max_turns": 5,
              "nodes": [
                { "id": "ask", "kind": "say", "text": "Hi {{customer}}, pizza or pasta?", "next": "listen" },
                { "id": "listen", "kind": "wait", "capture": "dish", "next": "route" },
                { "id": "route", "kind": "branch", "default": "unknown",
                  "routes": [ { "equals": "PIZZA", "next": "pizza" }, { "contains": "pasta", "next": "pasta" } ] },
                { "id": "pizza", "kind": "Say", "text": "One {{dish}} coming up.", "next": "done" },
                { "id": "pasta", "kind": "llm", "text": "Pasta it is: {{last_user_message}}.", "next": "done" },
                { "id": "unknown", "kind": "fail", "text": "Cannot cook {{dish}}." },
                { "id": "done", "kind": "end" }
              ]
            }
          ]
        }
        """;

    private InteractlyTestServer server = null!;

    [SetUp]
    public async Task StartServer() => server = await InteractlyTestServer.StartAsync();

    [TearDown]
    public async Task StopServer() => await server.DisposeAsync();

    [TestCase("pizza", "One pizza coming up.", "completed")]
    [TestCase("fresh pasta please", "Pasta it is: fresh pasta please.", "completed")]
    public async Task Loaded_script_plays_its_branches(string answer, string expectedReply, string expectedStatus)
    {
        server.Engine.LoadScenarios(Parse(ScenarioJson));
        var extra = new JsonObject { ["dynamic_variables"] = new JsonObject { ["customer"] = "Sam" } };

        JsonNode first = await server.StartAsync("0123456789abcdef01234567", "", extra);
        JsonNode second = await server.SayAsync("0123456789abcdef01234567", (string)first["run_id"]!, answer);
        Assert.Multiple(() =>
        {
            Assert.That(first.AssistantTexts(), Is.EqualTo(new[] { "Hi Sam, pizza or pasta?" }));
            Assert.That(second.AssistantTexts(), Is.EqualTo(new[] { expectedReply }));
            Assert.That((string?)second["status"], Is.EqualTo(expectedStatus));
        });
    }

    [Test]
    public async Task Unmatched_branch_reaches_the_fail_node()
    {
        server.Engine.LoadScenarios(Parse(ScenarioJson));
        JsonNode first = await server.StartAsync("0123456789abcdef01234567");
        JsonNode second = await server.SayAsync("0123456789abcdef01234567", (string)first["run_id"]!, "soup");
        Assert.That((string?)second["error"], Is.EqualTo("Cannot cook soup."));
    }

    [Test]
    public void Loaded_script_appears_in_the_catalogue_description()
    {
        server.Engine.LoadScenarios(Parse(ScenarioJson));
        JsonNode description = server.Engine.DescribeCatalog();
        Assert.That(description.ToJsonString(), Does.Contain("\"name\":\"Order bot\"").And.Contain("\"kind\":\"branch\""));
        Assert.That(description["workflows"]!.AsArray(), Has.Count.EqualTo(5));
        Assert.That(server.Engine.Catalog.TryGet("0123456789abcdef01234567", out InteractlyWorkflowScript? script), Is.True);
        Assert.That(script!.Nodes, Has.Count.EqualTo(7));
    }

    [TestCase("\"workflow_id\": \"0123456789abcdef01234567\"", "\"workflow_id\": \"XYZ\"", "workflow_id")]
    [TestCase("\"start_node\": \"ask\"", "\"start_node\": \"nowhere\"", "start_node")]
    [TestCase("\"next\": \"listen\"", "\"next\": \"lost\"", "node 'ask': field 'next'")]
    [TestCase("\"kind\": \"end\"", "\"kind\": \"teleport\"", "invalid JSON")]
    [TestCase("\"max_turns\": 5", "\"max_turns\": 0", "max_turns")]
    public void Broken_scripts_are_rejected_naming_workflow_and_field(string original, string replacement, string expectedField)
    {
        string broken = ScenarioJson.Replace(original, replacement, StringComparison.Ordinal);
        Assert.That(broken, Is.Not.EqualTo(ScenarioJson));

        InvalidDataException? error = Assert.Throws<InvalidDataException>(() => server.Engine.LoadScenarios(Parse(broken)));
        Assert.That(error!.Message, Does.Contain("Order bot").And.Contain(expectedField));
        Assert.That(server.Engine.Catalog.TryGet("0123456789abcdef01234567", out _), Is.False);
    }

    [Test]
    public void Adding_an_invalid_script_in_code_throws_argument_exception()
    {
        var script = new InteractlyWorkflowScript { WorkflowId = "0123456789abcdef01234567", Name = "Empty", StartNode = "a" };
        ArgumentException? error = Assert.Throws<ArgumentException>(() => server.Engine.Catalog.Add(script));
        Assert.That(error!.Message, Does.Contain("nodes"));
    }

    [Test]
    public void Built_in_demos_are_in_the_catalogue()
    {
        Assert.That(server.Engine.Catalog.All, Has.Count.EqualTo(4));
        Assert.That(server.Engine.Catalog.TryGet(InteractlyCatalog.GreeterWorkflowId, out _), Is.True);
    }

    private static JsonElement Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
