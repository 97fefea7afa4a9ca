using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>A page of runs from <c>GET /v1/workflow-runs</c>.</summary>
public sealed class WorkflowRunList
{
    /// <summary>The runs on this page.</summary>
    [JsonPropertyName("workflow_runs")]
    public IReadOnlyList<WorkflowRunListItem> WorkflowRuns { get; set; } = Array.Empty<WorkflowRunListItem>();

    /// <summary>The number of runs matching the query, when the server counts them.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One run record in a list: the record's bookkeeping plus a summary of the run.</summary>
public sealed class WorkflowRunListItem
{
    /// <summary>The record's id, which is the run id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    /// <summary>The run summary.</summary>
    [JsonPropertyName("workflow_run")]
    public WorkflowRunSummary? WorkflowRun { get; set; }

    /// <summary>The owning team.</summary>
    [JsonPropertyName("team_id")]
    public string? TeamId { get; set; }

    /// <summary>Who created the record.</summary>
    [JsonPropertyName("created_by")]
    public string? CreatedBy { get; set; }

    /// <summary>Who last updated the record.</summary>
    [JsonPropertyName("updated_by")]
    public string? UpdatedBy { get; set; }

    /// <summary>When the record was created; null when absent or unreadable.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the record was last updated; null when absent or unreadable.</summary>
    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The short form of a run inside a list item.</summary>
public sealed class WorkflowRunSummary
{
    /// <summary>The run's logical id.</summary>
    [JsonPropertyName("logical_id")]
    public string? LogicalId { get; set; }

    /// <summary>The workflow the run belongs to.</summary>
    [JsonPropertyName("workflow_id")]
    public string? WorkflowId { get; set; }

    /// <summary>The run's status.</summary>
    [JsonPropertyName("status")]
    public InteractlyRunStatus Status { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
