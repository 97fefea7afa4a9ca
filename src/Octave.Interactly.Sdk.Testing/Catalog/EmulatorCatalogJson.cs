using System.Linq;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>The catalogue as JSON (for <c>GET /_emulator/catalog</c>) and as lines of text (for the CLI banner).</summary>
internal static class EmulatorCatalogJson
{
    public static JsonObject ToJson(EmulatorCatalog catalog, JsonNode interactly) => new()
    {
        ["octave"] = new JsonObject
        {
            ["workflows"] = new JsonArray(catalog.OctaveWorkflows.Select(w => (JsonNode)new JsonObject
            {
                ["workflowOId"] = w.WorkflowOId,
                ["description"] = w.Description,
                ["totalCount"] = w.TotalCount,
                ["failedCount"] = w.FailedCount,
                ["fails"] = w.Fails,
                ["circuitBreakerReason"] = w.CircuitBreakerReason,
                ["pendingMilliseconds"] = w.PendingMilliseconds,
                ["runningMilliseconds"] = w.RunningMilliseconds,
            }).ToArray()),
            ["agents"] = new JsonArray(catalog.OctaveAgents.Select(a => (JsonNode)new JsonObject
            {
                ["agentOId"] = a.AgentOId,
                ["agentType"] = a.AgentType.ToString(),
                ["description"] = a.Description,
                ["fails"] = a.Error is not null,
            }).ToArray()),
        },
        ["interactly"] = interactly,
    };
}
