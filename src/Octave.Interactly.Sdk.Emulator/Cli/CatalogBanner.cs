using System.IO;
using System.Text.Json.Nodes;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Emulator;

/// <summary>The human-readable start-up banner: where to point clients, and what scenarios exist.</summary>
internal static class CatalogBanner
{
    public static void Write(TextWriter output, WorkflowEmulator emulator)
    {
        output.WriteLine("Octave base URL:     " + emulator.OctaveBaseUrl);
        output.WriteLine("Interactly base URL: " + emulator.InteractlyBaseUrl);
        output.WriteLine();
        output.WriteLine("Octave workflows:");
        foreach (var workflow in emulator.Catalog.OctaveWorkflows)
        {
            output.WriteLine("  " + workflow.WorkflowOId + (workflow.Description is null ? "" : "  " + workflow.Description));
        }

        output.WriteLine("Octave agents:");
        foreach (var agent in emulator.Catalog.OctaveAgents)
        {
            output.WriteLine("  " + agent.AgentOId + "  (" + agent.AgentType + ")" + (agent.Description is null ? "" : "  " + agent.Description));
        }

        output.WriteLine("Interactly workflows:");
        if (emulator.DescribeCatalog()["interactly"]?["workflows"] is JsonArray workflows)
        {
            foreach (var workflow in workflows)
            {
                string id = (string?)(workflow?["workflow_id"] ?? workflow?["workflowId"] ?? workflow?["id"]) ?? workflow?.ToJsonString() ?? "";
                string? name = workflow?["name"] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
                output.WriteLine("  " + id + (name is null ? "" : "  " + name));
            }
        }

        output.WriteLine();
        output.WriteLine("Control: " + emulator.BaseUrl + "_emulator/{catalog,requests,faults,callbacks,reset}");
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }
}
