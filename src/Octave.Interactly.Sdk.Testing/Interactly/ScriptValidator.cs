using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Checks a script before it enters the catalogue, so a broken script fails at registration
/// with a message naming the field, not halfway through a conversation.
/// </summary>
internal static partial class ScriptValidator
{
    /// <summary>Returns the first problem found, or null when the script is playable.</summary>
    public static string? FindProblem(InteractlyWorkflowScript script)
    {
        if (!IsObjectId(script.WorkflowId))
        {
            return "field 'workflow_id' must be 24 lowercase hex characters";
        }

        if (string.IsNullOrWhiteSpace(script.Name))
        {
            return "field 'name' is required";
        }

        if (script.MaxTurns < 1)
        {
            return "field 'max_turns' must be at least 1";
        }

        if (script.Nodes is null || script.Nodes.Count == 0)
        {
            return "field 'nodes' must list at least one node";
        }

        if (script.Versions is not null && script.Versions.Any(v => v < 0))
        {
            return "field 'versions' must hold non-negative numbers";
        }

        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (ScriptNode node in script.Nodes)
        {
            if (node is null || string.IsNullOrWhiteSpace(node.Id))
            {
                return "field 'nodes[].id' is required";
            }

            if (!ids.Add(node.Id))
            {
                return $"field 'nodes[].id' repeats '{node.Id}'";
            }
        }

        if (!ids.Contains(script.StartNode ?? ""))
        {
            return $"field 'start_node' names unknown node '{script.StartNode}'";
        }

        foreach (ScriptNode node in script.Nodes)
        {
            string? problem = FindNodeProblem(node, ids);
            if (problem is not null)
            {
                return $"node '{node.Id}': {problem}";
            }
        }

        return null;
    }

    /// <summary>Whether the value is 24 lowercase hex characters.</summary>
    public static bool IsObjectId(string? value) => value is not null && ObjectIdPattern().IsMatch(value);

    private static string? FindNodeProblem(ScriptNode node, HashSet<string> ids)
    {
        bool needsNext = node.Kind is not (ScriptNodeKind.Branch or ScriptNodeKind.Fail or ScriptNodeKind.End);
        if (needsNext && !ids.Contains(node.Next ?? ""))
        {
            return $"field 'next' names unknown node '{node.Next}'";
        }

        switch (node.Kind)
        {
            case ScriptNodeKind.Say or ScriptNodeKind.Llm or ScriptNodeKind.Companion when string.IsNullOrEmpty(node.Text):
                return "field 'text' is required";
            case ScriptNodeKind.Companion when node.Steps < 1:
                return "field 'steps' must be at least 1";
            case ScriptNodeKind.Branch when !ids.Contains(node.Default ?? ""):
                return $"field 'default' names unknown node '{node.Default}'";
            case ScriptNodeKind.Branch when node.Routes?.FirstOrDefault(r => r is null || !ids.Contains(r.Next ?? "")) is { } bad:
                return $"field 'routes[].next' names unknown node '{bad.Next}'";
            case ScriptNodeKind.Emit when !HasStringType(node.Event):
                return "field 'event' must be an object with a string 'type'";
            default:
                return null;
        }
    }

    private static bool HasStringType(JsonObject? rawEvent) =>
        rawEvent?["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String;

    [GeneratedRegex("^[0-9a-f]{24}$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectIdPattern();
}
