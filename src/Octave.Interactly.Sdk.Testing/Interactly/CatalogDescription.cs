using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Describes the catalogue for the emulator's admin surface, <c>{"workflows":[...]}</c> (the shape scenario files use):
/// what can be run and how each script flows.
/// </summary>
internal static class CatalogDescription
{
    public static JsonObject Describe(InteractlyCatalog catalog)
    {
        var workflows = new JsonArray();
        foreach (InteractlyWorkflowScript script in catalog.All)
        {
            var nodes = new JsonArray();
            foreach (ScriptNode node in script.Nodes)
            {
                nodes.Add(new JsonObject
                {
                    ["id"] = node.Id,
                    ["kind"] = JsonNamingPolicySnakeCase(node.Kind),
                    ["next"] = node.Kind == ScriptNodeKind.Branch ? node.Default : node.Next,
                });
            }

            JsonArray? versions = null;
            if (script.Versions is not null)
            {
                versions = [];
                foreach (int version in script.Versions)
                {
                    versions.Add(version);
                }
            }

            workflows.Add(new JsonObject
            {
                ["id"] = script.WorkflowId,
                ["name"] = script.Name,
                ["description"] = script.Description,
                ["start_node"] = script.StartNode,
                ["max_turns"] = script.MaxTurns,
                ["versions"] = versions,
                ["active_version"] = script.ActiveVersion,
                ["nodes"] = nodes,
            });
        }

        return new JsonObject { ["workflows"] = workflows };
    }

    private static string JsonNamingPolicySnakeCase(ScriptNodeKind kind) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());
}
