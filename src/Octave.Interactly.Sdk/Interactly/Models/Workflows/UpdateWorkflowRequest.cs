using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of <c>PATCH /v1/workflows/{workflow_id}</c>: only the fields set are sent (a null is left unchanged).</summary>
public sealed class UpdateWorkflowRequest
{
    /// <summary>A new name; not blank when set.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A new description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }
}
