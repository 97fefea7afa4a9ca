using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The JSON Schemas of the run documents, from <c>GET /v1/workflow-runs/schema</c>. The official SDK names four keys;
/// each schema is kept as raw JSON because its content is the server's to change.
/// </summary>
public sealed class WorkflowRunSchemas
{
    /// <summary>The schema of a run (<c>WorkflowRun</c>).</summary>
    [JsonPropertyName("run_schema")]
    public JsonElement? RunSchema { get; set; }

    /// <summary>The schema of a run input (<c>WorkflowRunInput</c>).</summary>
    [JsonPropertyName("run_input_schema")]
    public JsonElement? RunInputSchema { get; set; }

    /// <summary>The schema of a run output (<c>WorkflowRunOutput</c>).</summary>
    [JsonPropertyName("run_output_schema")]
    public JsonElement? RunOutputSchema { get; set; }

    /// <summary>The schema of one turn's input/output pair (<c>WorkflowRunInputOutputPair</c>).</summary>
    [JsonPropertyName("run_input_output_pair_schema")]
    public JsonElement? RunInputOutputPairSchema { get; set; }

    /// <summary>Schemas and fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
