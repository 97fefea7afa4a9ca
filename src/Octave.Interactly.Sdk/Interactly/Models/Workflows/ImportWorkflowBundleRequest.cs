using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of <c>POST /v1/workflows/import/bundle</c>: an exported bundle and what to take from it.</summary>
public sealed class ImportWorkflowBundleRequest
{
    /// <summary>The bundle from an export; required.</summary>
    [JsonPropertyName("bundle")]
    public WorkflowBundle? Bundle { get; set; }

    /// <summary>The versions to import; the service defaults to <c>[0]</c>.</summary>
    [JsonPropertyName("versions_to_import")]
    public IList<int>? VersionsToImport { get; set; }

    /// <summary>The imported workflow's active version; the service defaults to 0.</summary>
    [JsonPropertyName("active_version_number")]
    public int? ActiveVersionNumber { get; set; }

    /// <summary>A name for the imported workflow instead of the bundle's.</summary>
    [JsonPropertyName("workflow_name")]
    public string? WorkflowName { get; set; }
}
