using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Reads a scenario file: <c>{ "octave": { "workflows": [...], "agents": [...] }, "interactly": {...} }</c>.
/// The Octave part is registered here; the Interactly part is handed to the Interactly engine as is.
/// </summary>
internal static class ScenarioFileLoader
{
    public static void Load(string path, EmulatorCatalog catalog, Action<JsonElement> loadInteractly)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        });
        var root = document.RootElement;
        if (root.TryGetProperty("octave", out var octave))
        {
            if (octave.TryGetProperty("workflows", out var workflows))
            {
                foreach (var workflow in workflows.EnumerateArray())
                {
                    catalog.AddOctaveWorkflow(ReadWorkflow(workflow));
                }
            }

            if (octave.TryGetProperty("agents", out var agents))
            {
                foreach (var agent in agents.EnumerateArray())
                {
                    catalog.AddOctaveAgent(ReadAgent(agent));
                }
            }
        }

        if (root.TryGetProperty("interactly", out var interactly))
        {
            loadInteractly(interactly.Clone());
        }
    }

    private static OctaveWorkflowScenario ReadWorkflow(JsonElement element) => new()
    {
        WorkflowOId = RequiredString(element, "workflowOId"),
        Description = OptionalString(element, "description"),
        TotalCount = OptionalInt(element, "totalCount") ?? 1,
        FailedCount = OptionalInt(element, "failedCount") ?? 0,
        Fails = element.TryGetProperty("fails", out var fails) && fails.ValueKind == JsonValueKind.True,
        CircuitBreakerReason = OptionalString(element, "circuitBreakerReason"),
        Error = OptionalString(element, "error"),
        Output = element.TryGetProperty("output", out var output) ? JsonNode.Parse(output.GetRawText()) : null,
        PendingMilliseconds = OptionalInt(element, "pendingMilliseconds"),
        RunningMilliseconds = OptionalInt(element, "runningMilliseconds"),
    };

    private static OctaveAgentScenario ReadAgent(JsonElement element) => new()
    {
        AgentOId = RequiredString(element, "agentOId"),
        AgentType = ParseAgentType(RequiredString(element, "agentType")),
        Description = OptionalString(element, "description"),
        Error = OptionalString(element, "error"),
        Output = element.TryGetProperty("output", out var output) ? JsonNode.Parse(output.GetRawText()) : null,
        PendingMilliseconds = OptionalInt(element, "pendingMilliseconds"),
        RunningMilliseconds = OptionalInt(element, "runningMilliseconds"),
    };

    /// <summary>Accepts the enum name in any case and the path spelling (<c>EnrichCompany</c>, <c>enrich-company</c>, <c>generate-content</c>).</summary>
    internal static OctaveAgentType ParseAgentType(string text)
    {
        string normalized = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (string.Equals(normalized, "generatecontent", StringComparison.OrdinalIgnoreCase))
        {
            return OctaveAgentType.Content;
        }

        return Enum.TryParse<OctaveAgentType>(normalized, ignoreCase: true, out var type)
            ? type
            : throw new InvalidDataException("Unknown agentType '" + text + "'.");
    }

    private static string RequiredString(JsonElement element, string name) =>
        OptionalString(element, name) ?? throw new InvalidDataException("Scenario entry is missing '" + name + "'.");

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? OptionalInt(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
