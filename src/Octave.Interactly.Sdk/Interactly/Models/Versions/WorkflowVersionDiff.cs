using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A structured comparison of two versions from <c>GET /v1/workflows/{workflow_id}/versions/{v1}/diff/{v2}</c>. The node
/// and edge entries carry a <c>status</c> (<c>added</c>, <c>removed</c>, <c>modified</c>) and, when modified, field-level
/// <c>changes</c>; they are kept as raw JSON because the field list is the service's.
/// </summary>
public sealed class WorkflowVersionDiff
{
    /// <summary>Changes to the workflow-level settings.</summary>
    [JsonPropertyName("workflow_config_changes")]
    public JsonElement? WorkflowConfigChanges { get; set; }

    /// <summary>Per-node differences.</summary>
    [JsonPropertyName("nodes")]
    public JsonElement? Nodes { get; set; }

    /// <summary>Per-edge differences.</summary>
    [JsonPropertyName("edges")]
    public JsonElement? Edges { get; set; }

    /// <summary>Counts of what changed.</summary>
    [JsonPropertyName("summary")]
    public JsonElement? Summary { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
