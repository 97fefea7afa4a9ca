using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The body of <c>POST /v1/workflows/{workflow_id}/execute</c>: one turn's input and, after turn 1, the run id.</summary>
public sealed class ExecuteWorkflowRequest
{
    /// <summary>This turn's input.</summary>
    [JsonPropertyName("run_input")]
    public WorkflowRunInput RunInput { get; set; } = new();

    /// <summary>The run to continue: omitted on turn 1 (the server creates the run), echoed afterwards.</summary>
    [JsonPropertyName("run_id")]
    public string? RunId { get; set; }
}
