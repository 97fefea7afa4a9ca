using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The evaluation of a finished run, from <c>GET /v1/workflow-runs/{workflow_run_id}/evaluation-result</c>.
/// The public docs do not describe this document; the fields below are those the official SDK reads, and anything
/// else the server sends is kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class WorkflowRunEvaluationResult
{
    /// <summary>The overall score, when the evaluation produces one.</summary>
    [JsonPropertyName("score")]
    public double? Score { get; set; }

    /// <summary>Whether the run passed its evaluation, when the evaluation decides that.</summary>
    [JsonPropertyName("passed")]
    public bool? Passed { get; set; }

    /// <summary>Evaluator-specific details, as raw JSON.</summary>
    [JsonPropertyName("details")]
    public JsonElement? Details { get; set; }

    /// <summary>When the evaluation ran; null when absent or unreadable.</summary>
    [JsonPropertyName("evaluated_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? EvaluatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
