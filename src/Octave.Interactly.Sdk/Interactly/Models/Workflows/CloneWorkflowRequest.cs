using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of <c>POST /v1/workflows/{workflow_id}/clone</c>: a deep copy of nodes, edges and versions.</summary>
public sealed class CloneWorkflowRequest
{
    /// <summary>The copy's name; the service picks one when null.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The copy's description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Whether every version is copied; set false with <see cref="VersionNumbersToClone"/> to copy a subset.</summary>
    [JsonPropertyName("clone_all_versions")]
    public bool? CloneAllVersions { get; set; }

    /// <summary>The versions to copy when <see cref="CloneAllVersions"/> is false; the service requires at least one.</summary>
    [JsonPropertyName("version_numbers_to_clone")]
    public IList<int>? VersionNumbersToClone { get; set; }

    /// <summary>The copy's active version when the original's active version is not copied.</summary>
    [JsonPropertyName("fallback_active_version")]
    public int? FallbackActiveVersion { get; set; }
}
