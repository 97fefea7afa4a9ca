using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Tests.Interactly;

[TestFixture]
public sealed class GreeterConversationTests : InteractlyServerFixture
{
    private const string Greeter = InteractlyCatalog.GreeterWorkflowId;
    [Test]
    public async Task Three_turns_greet_by_name_answer_and_complete()
    {
        JsonNode first = await Server.StartAsync(Greeter);
        string runId = (string)first["run_id"]!;

        Assert.Multiple(() =>
        {
            Assert.That(runId, Does.Match("^[0-9a-f]{24}$"));
            Assert.That((string?)first["status"], Is.EqualTo("waiting_for_user_input"));
            Assert.That((int)first["turn_number"]!, Is.EqualTo(1));
            Assert.That((bool)first["is_waiting_for_input"]!, Is.True);
            Assert.That((bool)first["is_completed"]!, Is.False);
            Assert.That(first.AssistantTexts(), Is.EqualTo(new[] { "Hello! I'm the demo assistant. What's your name?" }));
            Assert.That(first.Types()[0], Is.EqualTo("start_workflow"));
            Assert.That(first.Types()[^1], Is.EqualTo("workflow_ready_for_input"));
            Assert.That(first.Types(), Does.Contain("busy_wait_for_user_message").And.Contain("end_workflow_iteration"));
            Assert.That((string?)first["next_input_hint"]!["type"], Is.EqualTo("busy_wait_for_user_message"));
            Assert.That((string?)first["next_input_hint"]!["origin_node_logical_id"], Is.EqualTo("ask_name"));
        });

        JsonNode second = await Server.SayAsync(Greeter, runId, "Ada");
        Assert.Multiple(() =>
        {
            Assert.That((int)second["turn_number"]!, Is.EqualTo(2));
            Assert.That(second.AssistantTexts(), Is.EqualTo(new[] { "Nice to meet you, Ada! Ask me anything." }));
            Assert.That((string?)second.Single("user_messages")["messages"]![0]!["content"], Is.EqualTo("Ada"));
            Assert.That((string?)second.Single("workflow_show_state")["runtime_variables"]!["name"], Is.EqualTo("Ada"));
            Assert.That((string?)second["status"], Is.EqualTo("waiting_for_user_input"));
        });

        JsonNode third = await Server.SayAsync(Greeter, runId, "What is the meaning of life?");
        JsonObject answer = third.Single("assistant_response");
        Assert.Multiple(() =>
        {
            Assert.That((string?)answer["content"], Is.EqualTo("Good question about \"What is the meaning of life?\". The answer is 42."));
            Assert.That((int)answer["llm_usage_info"]!["completion_tokens"]!, Is.GreaterThan(0));
            Assert.That((string?)third["status"], Is.EqualTo("completed"));
            Assert.That((bool)third["is_completed"]!, Is.True);
            Assert.That((bool)third["is_waiting_for_input"]!, Is.False);
            Assert.That(third["next_input_hint"], Is.Null);
            Assert.That(third.Types()[^1], Is.EqualTo("end_workflow"));
            Assert.That((int)third.Single("end_workflow")["llm_token_usage"]!["total_tokens"]!, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task Llm_node_reports_say_llm_output()
    {
        string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;
        await Server.SayAsync(Greeter, runId, "Ada");
        JsonNode third = await Server.SayAsync(Greeter, runId, "Why?");

        JsonObject llmEnd = third.Events().Find(e => (string)e["type"]! == "end_node_run" && (string)e["origin_node_logical_id"]! == "answer")!;
        Assert.That((string?)llmEnd["run_output"]!["type"], Is.EqualTo("say_llm"));
    }

    [Test]
    public async Task Version_two_on_turn_one_greets_differently_and_sticks()
    {
        JsonNode first = await Server.StartAsync(Greeter, "?version=2");
        string runId = (string)first["run_id"]!;
        Assert.That(first.AssistantTexts(), Is.EqualTo(new[] { "Hi there (v2)! I'm the demo assistant. What's your name?" }));

        // A version on a later turn is ignored: the run keeps version 2.
        (HttpStatusCode status, JsonNode second) = await Server.ExecuteAsync(
            Greeter, InteractlyTestServer.TurnBody(runId, "data", "Ada"), "?version=1");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((int)second.Single("workflow_show_state")["workflow_runtime_variables"]!["version_number"]!, Is.EqualTo(2));
        });

        (_, JsonNode record) = await Server.GetAsync($"v1/workflow-runs/{runId}");
        Assert.That((int)record["workflow_run"]!["workflow_run"]!["version_number"]!, Is.EqualTo(2));
    }

    [Test]
    public async Task Without_a_version_the_active_version_greets()
    {
        JsonNode first = await Server.StartAsync(Greeter, "?version=1");
        Assert.That(first.AssistantTexts()[0], Does.StartWith("Hello! I'm the demo assistant."));
    }

    [Test]
    public async Task Unknown_version_is_404()
    {
        (HttpStatusCode status, JsonNode body) = await Server.ExecuteAsync(Greeter, InteractlyTestServer.TurnBody(null, "start", null), "?version=7");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)body["detail"], Does.Contain("Version 7"));
        });
    }

    [Test]
    public async Task Welcome_message_and_dynamic_variables_are_used_on_turn_one()
    {
        var extra = new JsonObject
        {
            ["welcome_message"] = "Welcome, {{customer}}.",
            ["dynamic_variables"] = new JsonObject { ["customer"] = "ACME" },
            ["run_by"] = "tests",
            ["miscellaneous"] = new JsonObject { ["ticket"] = 7 },
        };
        JsonNode first = await Server.StartAsync(Greeter, "", extra);
        Assert.That(first.AssistantTexts(), Is.EqualTo(new[] { "Welcome, ACME.", "Hello! I'm the demo assistant. What's your name?" }));

        (_, JsonNode record) = await Server.GetAsync($"v1/workflow-runs/{(string)first["run_id"]!}");
        JsonNode inner = record["workflow_run"]!["workflow_run"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)inner["run_by"], Is.EqualTo("tests"));
            Assert.That((int)inner["miscellaneous"]!["ticket"]!, Is.EqualTo(7));
        });
    }

    [Test]
    public async Task Role_user_messages_are_accepted_too()
    {
        string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;
        JsonObject body = InteractlyTestServer.TurnBody(runId, "start", null);
        body["run_input"]!["thread_to_node_inputs"]!["0"]!["node_run_inputs"]![0]!["messages"] =
            new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "Grace" });

        (HttpStatusCode status, JsonNode second) = await Server.ExecuteAsync(Greeter, body);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.AssistantTexts(), Is.EqualTo(new[] { "Nice to meet you, Grace! Ask me anything." }));
        });
    }

    [Test]
    public async Task Empty_message_while_waiting_reprompts_and_keeps_waiting()
    {
        string runId = (string)(await Server.StartAsync(Greeter))["run_id"]!;
        JsonNode retry = await Server.SayAsync(Greeter, runId, "  ");
        Assert.Multiple(() =>
        {
            Assert.That(retry.AssistantTexts(), Is.EqualTo(new[] { "Sorry, I didn't catch that. Could you say it again?" }));
            Assert.That((string?)retry["status"], Is.EqualTo("waiting_for_user_input"));
            Assert.That((string?)retry["next_input_hint"]!["origin_node_logical_id"], Is.EqualTo("ask_name"));
        });

        JsonNode next = await Server.SayAsync(Greeter, runId, "Ada");
        Assert.That(next.AssistantTexts(), Is.EqualTo(new[] { "Nice to meet you, Ada! Ask me anything." }));
    }
}
