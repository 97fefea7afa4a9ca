using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Versions from <c>GET /v1/workflows/{workflow_id}/versions</c> (all, unpaged) or a page of active versions from
/// <c>GET /v1/workflows/versions/active</c>. The service names the list <c>versions</c>; <c>items</c> is read too.
/// </summary>
public sealed class WorkflowVersionList
{
    /// <summary>The versions.</summary>
    [JsonPropertyName("versions")]
    public IReadOnlyList<WorkflowVersion> Versions { get; set; } = Array.Empty<WorkflowVersion>();

    /// <summary>The versions, when the service uses the generic <c>items</c> key instead.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<WorkflowVersion>? Items { get; set; }

    /// <summary>The number of matching versions, on the paged route.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>This page's 1-based number, on the paged route.</summary>
    [JsonPropertyName("page")]
    public int? Page { get; set; }

    /// <summary>The page size, on the paged route.</summary>
    [JsonPropertyName("size")]
    public int? Size { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The versions under whichever key the service used.</summary>
    [JsonIgnore]
    public IReadOnlyList<WorkflowVersion> All => Versions.Count > 0 || Items is null ? Versions : Items;
}
