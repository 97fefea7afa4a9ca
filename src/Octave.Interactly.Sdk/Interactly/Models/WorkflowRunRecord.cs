using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The answer of <c>GET /v1/workflow-runs/{id}</c>. The server nests twice: the envelope's <c>workflow_run</c> is
/// the stored record, and the record's own <c>workflow_run</c> is the run.
/// </summary>
public sealed class WorkflowRunRecordResponse
{
    /// <summary>The stored record.</summary>
    [JsonPropertyName("workflow_run")]
    public WorkflowRunRecord? WorkflowRun { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A stored run record: bookkeeping around the run itself.</summary>
public sealed class WorkflowRunRecord
{
    /// <summary>The record's id, which is the run id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

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

    /// <summary>The run.</summary>
    [JsonPropertyName("workflow_run")]
    public WorkflowRunDetails? WorkflowRun { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A run in full: version, status, every turn's input and output, usage.</summary>
public sealed class WorkflowRunDetails
{
    /// <summary>The run's logical id.</summary>
    [JsonPropertyName("logical_id")]
    public string? LogicalId { get; set; }

    /// <summary>The workflow the run belongs to.</summary>
    [JsonPropertyName("workflow_id")]
    public string? WorkflowId { get; set; }

    /// <summary>The workflow version the run uses.</summary>
    [JsonPropertyName("version_number")]
    public int? VersionNumber { get; set; }

    /// <summary>The name of that version.</summary>
    [JsonPropertyName("version_name")]
    public string? VersionName { get; set; }

    /// <summary>The run's status.</summary>
    [JsonPropertyName("status")]
    public InteractlyRunStatus Status { get; set; }

    /// <summary>What ended a failed run: <c>execution_error</c>, <c>stale_run_reaper</c>, <c>finally_safety_net</c>.</summary>
    [JsonPropertyName("termination_source")]
    public string? TerminationSource { get; set; }

    /// <summary>Every turn's input and output.</summary>
    [JsonPropertyName("input_output_pairs")]
    public IReadOnlyList<WorkflowRunInputOutputPair>? InputOutputPairs { get; set; }

    /// <summary>Who ran the workflow.</summary>
    [JsonPropertyName("run_by")]
    public string? RunBy { get; set; }

    /// <summary>Comments on the run.</summary>
    [JsonPropertyName("comments")]
    public IReadOnlyList<JsonElement>? Comments { get; set; }

    /// <summary>Token usage of the run.</summary>
    [JsonPropertyName("llm_token_usage")]
    public JsonElement? LlmTokenUsage { get; set; }

    /// <summary>LLM latency statistics of the run.</summary>
    [JsonPropertyName("llm_latency_stats")]
    public JsonElement? LlmLatencyStats { get; set; }

    /// <summary>Free-form run metadata.</summary>
    [JsonPropertyName("miscellaneous")]
    public JsonElement? Miscellaneous { get; set; }

    /// <summary>True for evaluation runs.</summary>
    [JsonPropertyName("is_evaluation_run")]
    public bool? IsEvaluationRun { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One turn of a stored run: what was sent and what came out.</summary>
public sealed class WorkflowRunInputOutputPair
{
    /// <summary>The turn's input.</summary>
    [JsonPropertyName("run_input")]
    public WorkflowRunInput? RunInput { get; set; }

    /// <summary>The turn's output.</summary>
    [JsonPropertyName("run_output")]
    public WorkflowRunOutput? RunOutput { get; set; }

    /// <summary>The turn's evaluation, kept as sent.</summary>
    [JsonPropertyName("evaluation")]
    public JsonElement? Evaluation { get; set; }

    /// <summary>Comments on the turn.</summary>
    [JsonPropertyName("comments")]
    public IReadOnlyList<JsonElement>? Comments { get; set; }

    /// <summary>Ratings of the turn, kept as sent.</summary>
    [JsonPropertyName("ratings")]
    public JsonElement? Ratings { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The output of one stored turn.</summary>
public sealed class WorkflowRunOutput
{
    /// <summary>The turn's events.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<InteractlyEvent>? Events { get; set; }

    /// <summary>Per-thread node outputs, kept as sent.</summary>
    [JsonPropertyName("thread_to_node_outputs")]
    public JsonElement? ThreadToNodeOutputs { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
