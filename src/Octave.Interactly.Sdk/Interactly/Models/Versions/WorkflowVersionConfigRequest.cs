using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of <c>PATCH /v1/workflows/{workflow_id}/versions/{version_number}/config</c>: the whole new graph.</summary>
public sealed class WorkflowVersionConfigRequest
{
    /// <summary>The configuration (nodes and edges) as raw JSON in the service's schema; required, a JSON object.</summary>
    [JsonPropertyName("config")]
    public JsonElement? Config { get; set; }
}
