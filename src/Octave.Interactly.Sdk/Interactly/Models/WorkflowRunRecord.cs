using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The answer of <c>GET /v1/workflow-runs/{id}</c>. The documented shape nests twice: the envelope's
/// <c>workflow_run</c> is the stored record, and the record's own <c>workflow_run</c> is the run. Two other shapes
/// read the same way: the record itself without the envelope, and a flat run
/// (<c>{"id", "workflow_id", "status", "input_output_pairs", …}</c>), which becomes a record whose
/// <see cref="WorkflowRunRecord.WorkflowRun"/> holds the run's fields.
/// </summary>
public sealed class WorkflowRunRecordResponse : IJsonOnDeserialized
{
    /// <summary>The stored record.</summary>
    [JsonPropertyName("workflow_run")]
    public WorkflowRunRecord? WorkflowRun { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (WorkflowRun is null && RunShapes.HasRunFields(AdditionalProperties))
        {
            // A flat run: the answer is the run itself.
            WorkflowRun = RunShapes.Read(AdditionalProperties!, InteractlyJsonContext.Default.WorkflowRunRecord);
            AdditionalProperties = null;
        }
        else if (WorkflowRun is not null && RunShapes.String(AdditionalProperties, "_id") is not null)
        {
            // The record without its envelope: what was read as the record is the run inside it.
            var record = RunShapes.Read(AdditionalProperties!, InteractlyJsonContext.Default.WorkflowRunRecord)!;
            record.WorkflowRun = WorkflowRun.WorkflowRun;
            WorkflowRun = record;
            AdditionalProperties = null;
        }
    }
}

/// <summary>
/// A stored run record: bookkeeping around the run itself. A flat run (the run's fields at this level, with an
/// <c>id</c> rather than an <c>_id</c>) reads as a record whose <see cref="WorkflowRun"/> holds those fields.
/// </summary>
public sealed class WorkflowRunRecord : IJsonOnDeserialized
{
    /// <summary>The record's id (<c>_id</c>, or a flat run's <c>id</c>). See <see cref="RunId"/> for the run's id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    /// <summary>The run's id: the run's own <c>workflow_run_id</c> where present, as the official SDK reads it, else <see cref="Id"/>.</summary>
    [JsonIgnore]
    public string? RunId => WorkflowRun?.WorkflowRunId ?? Id;

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

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (WorkflowRun is null && RunShapes.HasRunFields(AdditionalProperties))
        {
            WorkflowRun = RunShapes.Read(AdditionalProperties!, InteractlyJsonContext.Default.WorkflowRunDetails);
            Id ??= RunShapes.String(AdditionalProperties, "id");
        }
    }
}

/// <summary>A run in full: version, status, every turn's input and output, usage.</summary>
public sealed class WorkflowRunDetails : IJsonOnDeserialized
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

    /// <summary>Every turn's input and output; empty (never null) for a run with no turns yet, however the server says so.</summary>
    [JsonPropertyName("input_output_pairs")]
    public IReadOnlyList<WorkflowRunInputOutputPair> InputOutputPairs { get; set; } = Array.Empty<WorkflowRunInputOutputPair>();

    /// <summary>Who ran the workflow.</summary>
    [JsonPropertyName("run_by")]
    public string? RunBy { get; set; }

    /// <summary>Comments on the run.</summary>
    [JsonPropertyName("comments")]
    public IReadOnlyList<InteractlyComment>? Comments { get; set; }

    /// <summary>Token usage of the run.</summary>
    [JsonPropertyName("llm_token_usage")]
    public LlmTokenUsage? LlmTokenUsage { get; set; }

    /// <summary>LLM latency statistics of the run.</summary>
    [JsonPropertyName("llm_latency_stats")]
    public LlmLatencyStats? LlmLatencyStats { get; set; }

    /// <summary>Why the run failed, as a flat run states it.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>The voice conversation (call) the run came from, if any.</summary>
    [JsonPropertyName("voice_conversation_id")]
    public string? VoiceConversationId { get; set; }

    /// <summary>The run this one evaluates, or the parent it was resumed from at a checkpoint.</summary>
    [JsonPropertyName("source_workflow_run_id")]
    public string? SourceWorkflowRunId { get; set; }

    /// <summary>For a run resumed from a checkpoint: the parent's turn index it was cloned at.</summary>
    [JsonPropertyName("checkpoint_source_turn_index")]
    public int? CheckpointSourceTurnIndex { get; set; }

    /// <summary>For a run resumed from a checkpoint: the parent's token usage up to the checkpoint.</summary>
    [JsonPropertyName("carried_over_llm_token_usage")]
    public LlmTokenUsage? CarriedOverLlmTokenUsage { get; set; }

    /// <summary>For a run resumed from a checkpoint: the parent's latency statistics up to the checkpoint.</summary>
    [JsonPropertyName("carried_over_llm_latency_stats")]
    public LlmLatencyStats? CarriedOverLlmLatencyStats { get; set; }

    /// <summary>The evaluation triggered for this run, once it has completed; kept as sent.</summary>
    [JsonPropertyName("evaluation_run_info")]
    public JsonElement? EvaluationRunInfo { get; set; }

    /// <summary>The workflow's configuration at the time of the run, kept as sent.</summary>
    [JsonPropertyName("workflow_config_fully_hydrated")]
    public JsonElement? WorkflowConfigFullyHydrated { get; set; }

    /// <summary>Free-form run metadata.</summary>
    [JsonPropertyName("miscellaneous")]
    public JsonElement? Miscellaneous { get; set; }

    /// <summary>True for evaluation runs.</summary>
    [JsonPropertyName("is_evaluation_run")]
    public bool? IsEvaluationRun { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => InputOutputPairs = RunShapes.EmptyWhenNull(InputOutputPairs);
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
    public IReadOnlyList<InteractlyComment>? Comments { get; set; }

    /// <summary>Ratings of the turn, at most one per reviewer.</summary>
    [JsonPropertyName("ratings")]
    public IReadOnlyList<InteractlyRating>? Ratings { get; set; }

    /// <summary>A light capture of global state at the end of the turn (history trackers, active threads), kept as sent.</summary>
    [JsonPropertyName("iteration_end_state_miscellaneous")]
    public JsonElement? IterationEndStateMiscellaneous { get; set; }

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
