using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>A snapshot of a workflow's configuration. Version numbers are integers; 0 is the initial version.</summary>
public sealed class WorkflowVersion
{
    /// <summary>The version number.</summary>
    [JsonPropertyName("version_number")]
    public int? VersionNumber { get; set; }

    /// <summary>A human-readable label.</summary>
    [JsonPropertyName("version_name")]
    public string? VersionName { get; set; }

    /// <summary>Whether runs use this version when none is named; not every route reports it.</summary>
    [JsonPropertyName("is_active")]
    public bool? IsActive { get; set; }

    /// <summary>The workflow the version belongs to, where the route says (the active-versions list).</summary>
    [JsonPropertyName("workflow_id")]
    public string? WorkflowId { get; set; }

    /// <summary>The graph configuration (nodes and edges) as raw JSON, when the route includes it.</summary>
    [JsonPropertyName("config")]
    public JsonElement? Config { get; set; }

    /// <summary>When the version was created; null when absent or unreadable.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
