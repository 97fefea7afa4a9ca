using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of <c>POST /v1/workflows/{workflow_id}/versions</c>: a copy of an existing version.</summary>
public sealed class CreateWorkflowVersionRequest
{
    /// <summary>An optional label.</summary>
    [JsonPropertyName("version_name")]
    public string? VersionName { get; set; }

    /// <summary>Whether the new version becomes the active one at once.</summary>
    [JsonPropertyName("mark_as_active")]
    public bool MarkAsActive { get; set; }

    /// <summary>The version to copy; the active version when null.</summary>
    [JsonPropertyName("source_version_number")]
    public int? SourceVersionNumber { get; set; }
}
