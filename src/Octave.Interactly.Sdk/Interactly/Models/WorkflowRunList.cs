using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A page of runs from <c>GET /v1/workflow-runs</c>. The documented key is <c>workflow_runs</c>; a page keyed
/// <c>items</c> or <c>data</c> (with <c>page</c>, <c>size</c> and <c>pages</c>) reads the same way.
/// </summary>
public sealed class WorkflowRunList : IJsonOnDeserialized
{
    /// <summary>The runs on this page, whichever key the server put them under.</summary>
    [JsonPropertyName("workflow_runs")]
    public IReadOnlyList<WorkflowRunListItem> WorkflowRuns { get; set; } = Array.Empty<WorkflowRunListItem>();

    /// <summary>The number of runs matching the query, when the server counts them.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>This page's number, from 1, when the server says.</summary>
    [JsonPropertyName("page")]
    public int? Page { get; set; }

    /// <summary>The page size, when the server says.</summary>
    [JsonPropertyName("size")]
    public int? Size { get; set; }

    /// <summary>How many pages there are, when the server says.</summary>
    [JsonPropertyName("pages")]
    public int? Pages { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized()
    {
        WorkflowRuns = RunShapes.EmptyWhenNull(WorkflowRuns);
        if (WorkflowRuns.Count == 0 && RunShapes.TryFindRunList(AdditionalProperties, out var key, out var list))
        {
            WorkflowRuns = RunShapes.EmptyWhenNull(JsonSerializer.Deserialize(list, InteractlyJsonContext.Default.IReadOnlyListWorkflowRunListItem));
            AdditionalProperties!.Remove(key);
        }
    }
}

/// <summary>
/// One run in a list: the record's bookkeeping plus a summary of the run. A flat run (the run's fields at this
/// level, with an <c>id</c> rather than an <c>_id</c>) reads as an item whose <see cref="WorkflowRun"/> holds them.
/// </summary>
public sealed class WorkflowRunListItem : IJsonOnDeserialized
{
    /// <summary>The record's id (<c>_id</c>, or a flat run's <c>id</c>). See <see cref="RunId"/> for the run's id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    /// <summary>The run's id: the run's own <c>workflow_run_id</c> where present, as the official SDK reads it, else <see cref="Id"/>.</summary>
    [JsonIgnore]
    public string? RunId => WorkflowRun?.WorkflowRunId ?? Id;

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

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (WorkflowRun is null && RunShapes.HasRunFields(AdditionalProperties))
        {
            WorkflowRun = RunShapes.Read(AdditionalProperties!, InteractlyJsonContext.Default.WorkflowRunSummary);
            Id ??= RunShapes.String(AdditionalProperties, "id");
        }
    }
}

/// <summary>The short form of a run inside a list item.</summary>
public sealed class WorkflowRunSummary
{
    /// <summary>The run's logical id.</summary>
    [JsonPropertyName("logical_id")]
    public string? LogicalId { get; set; }

    /// <summary>The run's database id, the id the run endpoints take.</summary>
    [JsonPropertyName("workflow_run_id")]
    public string? WorkflowRunId { get; set; }

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
