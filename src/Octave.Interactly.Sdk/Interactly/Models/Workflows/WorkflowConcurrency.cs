using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body and the answer of <c>PATCH /v1/workflows/{workflow_id}/concurrency</c>.</summary>
public sealed class WorkflowConcurrency
{
    /// <summary>The workflow, echoed in the answer.</summary>
    [JsonPropertyName("workflow_id")]
    public string? WorkflowId { get; set; }

    /// <summary>The most runs the workflow may have at once; at least 1 when sent.</summary>
    [JsonPropertyName("max_concurrent_runs")]
    public int? MaxConcurrentRuns { get; set; }

    /// <summary>The service's confirmation text, in the answer.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
