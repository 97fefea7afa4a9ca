using System.Collections.Generic;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// A scripted Interactly workflow: the emulator plays it turn by turn instead of running a real graph.
/// Loaded from JSON with snake_case property names (matched case-insensitively), or built in code and
/// registered with <see cref="InteractlyCatalog.Add"/>.
/// </summary>
/// <example>
/// <code>
/// { "workflow_id": "0123456789abcdef01234567", "name": "Echo", "start_node": "hello", "max_turns": 10,
///   "nodes": [
///     { "id": "hello", "kind": "say",  "text": "Say something.", "next": "listen" },
///     { "id": "listen", "kind": "wait", "capture": "said", "next": "echo" },
///     { "id": "echo",  "kind": "llm",  "text": "You said {{said}}.", "next": "done" },
///     { "id": "done",  "kind": "end" } ] }
/// </code>
/// </example>
public sealed class InteractlyWorkflowScript
{
    /// <summary>The workflow id: 24 lowercase hex characters, like a MongoDB ObjectId.</summary>
    public string WorkflowId { get; set; } = "";

    /// <summary>Human-readable name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Optional description shown in the catalogue.</summary>
    public string? Description { get; set; }

    /// <summary>The nodes; ids must be unique.</summary>
    public IList<ScriptNode> Nodes { get; set; } = new List<ScriptNode>();

    /// <summary>Id of the node the first turn starts at.</summary>
    public string StartNode { get; set; } = "";

    /// <summary>
    /// Turn limit. A turn numbered above it ends the run with status <c>aborted_looping_risk</c>,
    /// as the real runtime does when it suspects an endless conversation loop.
    /// </summary>
    public int MaxTurns { get; set; } = 50;

    /// <summary>Versions that may be requested on turn 1; null accepts any non-negative version.</summary>
    public IReadOnlyList<int>? Versions { get; set; }

    /// <summary>The version used when turn 1 names none.</summary>
    public int ActiveVersion { get; set; }
}
