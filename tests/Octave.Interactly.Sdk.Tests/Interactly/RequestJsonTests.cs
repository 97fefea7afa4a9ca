using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests;

public class RequestJsonTests
{
    [Test]
    public void A_later_turn_sends_data_the_run_id_and_the_text_as_a_LangChain_human_message_in_thread_0()
    {
        var request = new ExecuteWorkflowRequest
        {
            RunId = "66f0c0ffee0c0ffee0c0ffee",
            RunInput = WorkflowRunInput.ForUserMessage(WorkflowCommand.Data, "I need to reschedule"),
        };

        AssertJson(request, """
            {"run_input":{"command":"data","dynamic_variables":{},"runtime_variables":{},"miscellaneous":{},
              "thread_to_node_inputs":{"0":{"node_run_inputs":[{"type":"llm","messages":[
                {"type":"human","content":"I need to reschedule","additional_kwargs":{},"response_metadata":{},"name":null,"id":null}]}]}}},
             "run_id":"66f0c0ffee0c0ffee0c0ffee"}
            """);
    }

    [Test]
    public void A_turn_without_a_message_still_sends_thread_0_and_omits_run_id_when_unset()
    {
        var request = new ExecuteWorkflowRequest { RunInput = WorkflowRunInput.ForUserMessage(WorkflowCommand.Start, null) };

        AssertJson(request, """
            {"run_input":{"command":"start","dynamic_variables":{},"runtime_variables":{},"miscellaneous":{},
              "thread_to_node_inputs":{"0":{"node_run_inputs":[]}}}}
            """);
    }

    [Test]
    public void Every_run_input_field_has_its_snake_case_name()
    {
        var input = new WorkflowRunInput
        {
            Command = WorkflowCommand.Start,
            DynamicVariables = new Dictionary<string, object?> { ["name"] = "Ada", ["age"] = 36, ["vip"] = true },
            VersionNumber = 2,
            RunBy = "api",
            WorkflowId = "w",
            WorkflowRunId = "r",
            TeamId = "t",
            StartNodeLogicalId = "n",
            WelcomeMessage = "Welcome",
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(input, InteractlyJsonContext.Default.WorkflowRunInput))!.AsObject();

        Assert.That(json["dynamic_variables"]!.ToJsonString(), Is.EqualTo("{\"name\":\"Ada\",\"age\":36,\"vip\":true}"));
        Assert.That((int)json["version_number"]!, Is.EqualTo(2));
        Assert.That((string)json["run_by"]!, Is.EqualTo("api"));
        Assert.That((string)json["workflow_id"]!, Is.EqualTo("w"));
        Assert.That((string)json["workflow_run_id"]!, Is.EqualTo("r"));
        Assert.That((string)json["team_id"]!, Is.EqualTo("t"));
        Assert.That((string)json["start_node_logical_id"]!, Is.EqualTo("n"));
        Assert.That((string)json["welcome_message"]!, Is.EqualTo("Welcome"));
        Assert.That(json.ContainsKey("initial_state"), Is.False, "initial_state must not be sent unless set");
    }

    [Test]
    public void Node_inputs_of_other_types_keep_their_extra_fields()
    {
        const string json = "{\"type\":\"http\",\"node_logical_id\":\"h\",\"url\":\"https://x\",\"retries\":2}";

        var input = JsonSerializer.Deserialize(json, InteractlyJsonContext.Default.NodeRunInput)!;
        var written = JsonSerializer.Serialize(input, InteractlyJsonContext.Default.NodeRunInput);

        Assert.That(input.Type, Is.EqualTo("http"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)), Is.True, written);
    }

    [Test]
    public void The_busy_wait_view_reads_the_hint_and_tolerates_other_shapes()
    {
        var waiting = JsonSerializer.Deserialize(
            "{\"run_id\":\"r\",\"next_input_hint\":{\"type\":\"busy_wait_for_user_message\",\"origin_node_logical_id\":\"ask_name\"}}",
            InteractlyJsonContext.Default.InteractiveRunResponse)!;
        var prompt = JsonSerializer.Deserialize(
            "{\"run_id\":\"r\",\"next_input_hint\":{\"prompt\":\"Your name?\"}}", InteractlyJsonContext.Default.InteractiveRunResponse)!;
        var none = JsonSerializer.Deserialize("{\"run_id\":\"r\"}", InteractlyJsonContext.Default.InteractiveRunResponse)!;

        Assert.That(waiting.GetBusyWaitHint()!.OriginNodeLogicalId, Is.EqualTo("ask_name"));
        Assert.That(prompt.NextInputHint!.Value.GetProperty("prompt").GetString(), Is.EqualTo("Your name?"));
        Assert.That(prompt.GetBusyWaitHint()!.OriginNodeLogicalId, Is.Null);
        Assert.That(none.GetBusyWaitHint(), Is.Null);
    }

    [Test]
    public void A_busy_wait_hint_with_a_field_of_an_unexpected_type_still_names_the_waiting_node()
    {
        var waiting = JsonSerializer.Deserialize(
            "{\"run_id\":\"r\",\"next_input_hint\":{\"origin_node_logical_id\":\"ask_name\",\"interrupted\":\"no\",\"timestamp\":{}}}",
            InteractlyJsonContext.Default.InteractiveRunResponse)!;

        var hint = waiting.GetBusyWaitHint()!;

        Assert.That(hint.OriginNodeLogicalId, Is.EqualTo("ask_name"));
        Assert.That(hint.Interrupted, Is.Null);
        Assert.That(hint.RawJson.GetProperty("interrupted").GetString(), Is.EqualTo("no"));
    }

    [Test]
    public void Unknown_response_fields_are_kept()
    {
        var response = JsonSerializer.Deserialize(
            "{\"run_id\":\"r\",\"status\":\"running\",\"shiny_new_flag\":true}", InteractlyJsonContext.Default.InteractiveRunResponse)!;

        Assert.That(response.AdditionalProperties!["shiny_new_flag"].GetBoolean(), Is.True);
    }

    [Test]
    public void The_run_record_reads_its_double_nesting()
    {
        const string json = """
            {"workflow_run":{"_id":"66f0c0ffee0c0ffee0c0ffee","team_id":"t","created_at":"2026-01-02T03:04:05Z",
              "workflow_run":{"logical_id":"l","workflow_id":"w","version_number":1,"status":"completed","termination_source":null,
                "input_output_pairs":[{"run_input":{"command":"start","thread_to_node_inputs":{"0":{"node_run_inputs":[]}}},
                  "run_output":{"events":[{"type":"assistant_response","content":"Hi"}]}}]}}}
            """;

        var record = JsonSerializer.Deserialize(json, InteractlyJsonContext.Default.WorkflowRunRecordResponse)!;

        Assert.That(record.WorkflowRun!.Id, Is.EqualTo("66f0c0ffee0c0ffee0c0ffee"));
        Assert.That(record.WorkflowRun.CreatedAt!.Value.Year, Is.EqualTo(2026));
        Assert.That(record.WorkflowRun.WorkflowRun!.Status, Is.EqualTo(InteractlyRunStatus.Completed));
        Assert.That(record.WorkflowRun.WorkflowRun.InputOutputPairs![0].RunOutput!.Events![0], Is.TypeOf<AssistantResponseEvent>());
    }

    private static void AssertJson(ExecuteWorkflowRequest request, string expected)
    {
        var actual = JsonSerializer.Serialize(request, InteractlyJsonContext.Default.ExecuteWorkflowRequest);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)), Is.True, actual);
    }
}
