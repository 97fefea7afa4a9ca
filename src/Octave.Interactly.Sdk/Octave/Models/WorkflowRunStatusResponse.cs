using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Answer of <c>GET /api/v2/workflows/run/status</c>.</summary>
public sealed class WorkflowRunStatusResponse
{
    /// <summary>The response envelope.</summary>
    [JsonPropertyName("_metadata")]
    public OctaveMetadata? Metadata { get; set; }

    /// <summary>The run's progress.</summary>
    [JsonPropertyName("data")]
    public WorkflowRunStatus? Data { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// A workflow run's progress. Octave sends no status field: completion is read from <see cref="CompletedAt"/>,
/// the counters and <see cref="CircuitBreakerReason"/>. The run's output arrives only by callback.
/// </summary>
public sealed class WorkflowRunStatus : IJsonOnDeserialized
{
    /// <summary>The job, e.g. <c>bsjob_…</c>.</summary>
    [JsonPropertyName("jobOId")]
    public string? JobOId { get; set; }

    /// <summary>Alias some Octave pages use for <see cref="JobOId"/>; fills it when it is the only key present.</summary>
    [JsonPropertyName("workflowRunOId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? WorkflowRunOId { get; set; }

    /// <summary>A status string, if the server ever sends one; when present it wins over inference.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; set; }

    /// <summary>Items in the job.</summary>
    [JsonPropertyName("totalCount")]
    public long? TotalCount { get; set; }

    /// <summary>Items processed so far.</summary>
    [JsonPropertyName("processedCount")]
    public long? ProcessedCount { get; set; }

    /// <summary>Items that succeeded.</summary>
    [JsonPropertyName("successCount")]
    public long? SuccessCount { get; set; }

    /// <summary>Items that failed.</summary>
    [JsonPropertyName("failedCount")]
    public long? FailedCount { get; set; }

    /// <summary>When the job was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the job started running; null while pending.</summary>
    [JsonPropertyName("startedAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the job finished; null (or empty on the wire) while it runs.</summary>
    [JsonPropertyName("completedAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The workflow that ran.</summary>
    [JsonPropertyName("workflowOId")]
    public string? WorkflowOId { get; set; }

    /// <summary>The callback URL the run was started with.</summary>
    [JsonPropertyName("callbackUrl")]
    public string? CallbackUrl { get; set; }

    /// <summary>Set when Octave stopped the job early.</summary>
    [JsonPropertyName("circuitBreakerReason")]
    public string? CircuitBreakerReason { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => JobOId ??= WorkflowRunOId;
}
