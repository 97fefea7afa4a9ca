using System.Linq;
using System.Text.Json.Nodes;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Testing.Dashboard;

/// <summary>
/// One Interactly conversation for the dashboard: its status and, per turn, what the user said, what the assistant
/// answered and every event of the turn as raw JSON. Read under the run's lock, as the wire documents are.
/// </summary>
internal static class InteractlySessionJson
{
    public static JsonObject Describe(InteractlyRun run)
    {
        lock (run.Sync)
        {
            var turns = new JsonArray();
            int number = 0;
            foreach (JsonObject pair in run.InputOutputPairs)
            {
                number++;
                var events = pair["run_output"]?["events"] as JsonArray ?? [];
                turns.Add(new JsonObject
                {
                    ["number"] = number,
                    ["user"] = UserText(pair["run_input"]),
                    ["assistant"] = new JsonArray(events
                        .OfType<JsonObject>()
                        .Where(e => e["type"]?.ToString() == "assistant_response")
                        .Select(e => (JsonNode?)e["content"]?.DeepClone())
                        .ToArray()),
                    ["events"] = events.DeepClone(),
                });
            }

            return new JsonObject
            {
                ["runId"] = run.RunId,
                ["workflowId"] = run.Script.WorkflowId,
                ["workflowName"] = run.Script.Name,
                ["version"] = run.Version,
                ["status"] = run.Status,
                ["turnNumber"] = run.TurnNumber,
                ["error"] = run.Error,
                ["createdAt"] = IsoTime.Format(run.CreatedAt),
                ["updatedAt"] = IsoTime.Format(run.UpdatedAt),
                ["turns"] = turns,
            };
        }
    }

    /// <summary>The human messages of thread "0", where clients put the user's input; null on a turn without any (the first).</summary>
    private static string? UserText(JsonNode? runInput)
    {
        if (runInput?["thread_to_node_inputs"]?["0"]?["node_run_inputs"] is not JsonArray inputs)
        {
            return null;
        }

        var texts = inputs
            .SelectMany(i => i?["messages"] as JsonArray ?? [])
            .Where(m => m?["type"]?.ToString() == "human")
            .Select(m => m?["content"]?.ToString())
            .Where(t => !string.IsNullOrEmpty(t))
            .ToArray();
        return texts.Length == 0 ? null : string.Join("\n", texts);
    }
}
