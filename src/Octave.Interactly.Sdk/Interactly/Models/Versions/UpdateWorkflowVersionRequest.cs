using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of <c>PATCH /v1/workflows/{workflow_id}/versions/{version_number}</c>: a new label.</summary>
public sealed class UpdateWorkflowVersionRequest
{
    /// <summary>The new label; required and not blank.</summary>
    [JsonPropertyName("version_name")]
    public string? VersionName { get; set; }
}
