using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The node inputs of one thread: <c>{ "node_run_inputs": [ … ] }</c>.</summary>
public sealed class NodesRunInputs
{
    /// <summary>The node inputs; an empty list is valid and is what a turn without user text sends.</summary>
    [JsonPropertyName("node_run_inputs")]
    public IList<NodeRunInput> NodeRunInputs { get; set; } = new List<NodeRunInput>();
}
