using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>A page of workflows from <c>GET /v1/workflows</c>.</summary>
public sealed class WorkflowList
{
    /// <summary>The workflows on this page.</summary>
    [JsonPropertyName("workflows")]
    public IReadOnlyList<InteractlyWorkflow> Workflows { get; set; } = Array.Empty<InteractlyWorkflow>();

    /// <summary>The number of workflows matching the query, when the service counts them.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>This page's 1-based number, when the service echoes it.</summary>
    [JsonPropertyName("page")]
    public int? Page { get; set; }

    /// <summary>The page size, when the service echoes it.</summary>
    [JsonPropertyName("size")]
    public int? Size { get; set; }

    /// <summary>The number of pages, when the service reports it.</summary>
    [JsonPropertyName("pages")]
    public int? Pages { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
