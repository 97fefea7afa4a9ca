using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Answer of <c>POST /api/v2/workflows/run</c>: the job that was started.</summary>
public sealed class RunWorkflowResponse : IJsonOnDeserialized
{
    /// <summary>The workflow run job, e.g. <c>bsjob_…</c>: the handle for polling.</summary>
    [JsonPropertyName("jobOId")]
    public string? JobOId { get; set; }

    /// <summary>
    /// The same id under the name some Octave pages use. Read-only alias: when only this key arrives,
    /// <see cref="JobOId"/> is filled from it.
    /// </summary>
    [JsonPropertyName("workflowRunOId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? WorkflowRunOId { get; set; }

    /// <summary>Usually <see cref="OctaveJobStatus.Pending"/> or <see cref="OctaveJobStatus.Running"/>.</summary>
    [JsonPropertyName("status")]
    public OctaveJobStatus Status { get; set; }

    /// <summary>A free-text message, e.g. "Workflow execution started successfully".</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => JobOId ??= WorkflowRunOId;
}
