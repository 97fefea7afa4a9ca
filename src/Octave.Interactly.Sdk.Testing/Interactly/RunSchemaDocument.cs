using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// <c>GET /v1/workflow-runs/schema</c>: JSON Schemas of the run documents under the four keys the official SDK names.
/// A small hand-written subset of the service's Pydantic schemas: enough for tools that build forms from them.
/// </summary>
internal static class RunSchemaDocument
{
    public static JsonObject Build() => new()
    {
        ["run_schema"] = Schema("WorkflowRun", ["logical_id", "workflow_id", "status"], new JsonObject
        {
            ["logical_id"] = Type("string"),
            ["workflow_id"] = Type("string"),
            ["version_number"] = Type("integer"),
            ["status"] = new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray("not_started", "started", "running", "failed", "completed", "paused", "waiting_for_user_input", "cancelled", "aborted_looping_risk"),
            },
            ["input_output_pairs"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/WorkflowRunInputOutputPair" } },
        }),
        ["run_input_schema"] = Schema("WorkflowRunInput", ["thread_to_node_inputs"], new JsonObject
        {
            ["command"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("start", "data", "resume", "pause", "stop"), ["default"] = "start" },
            ["dynamic_variables"] = Type("object"),
            ["runtime_variables"] = Type("object"),
            ["thread_to_node_inputs"] = Type("object"),
        }),
        ["run_output_schema"] = Schema("WorkflowRunOutput", ["events"], new JsonObject
        {
            ["events"] = new JsonObject { ["type"] = "array", ["items"] = Type("object") },
            ["thread_to_node_outputs"] = Type("object"),
        }),
        ["run_input_output_pair_schema"] = Schema("WorkflowRunInputOutputPair", ["run_input"], new JsonObject
        {
            ["run_input"] = Type("object"),
            ["run_output"] = Type("object"),
            ["comments"] = new JsonObject { ["type"] = "array", ["items"] = Type("object") },
        }),
    };

    private static JsonObject Schema(string title, string[] required, JsonObject properties)
    {
        var names = new JsonArray();
        foreach (string name in required)
        {
            names.Add(name);
        }

        return new JsonObject { ["title"] = title, ["type"] = "object", ["properties"] = properties, ["required"] = names };
    }

    private static JsonObject Type(string type) => new() { ["type"] = type };
}
