using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Body of <c>POST /api/v2/workflows/run</c>. Every entry of <see cref="Inputs"/> is sent as a top-level key,
/// which Octave forwards to the workflow's entry node as its input.
/// </summary>
public sealed class RunWorkflowRequest
{
    /// <summary>Creates an empty request; set <see cref="WorkflowOId"/> before sending.</summary>
    public RunWorkflowRequest()
    {
    }

    /// <summary>Creates a request for a workflow.</summary>
    /// <param name="workflowOId">The workflow to run, e.g. <c>caw_…</c>.</param>
    public RunWorkflowRequest(string workflowOId) => WorkflowOId = workflowOId;

    /// <summary>The workflow to run, e.g. <c>caw_…</c>. Required.</summary>
    [JsonPropertyName("workflowOId")]
    public string WorkflowOId { get; set; } = string.Empty;

    /// <summary>Where Octave POSTs the result when the run ends. HTTPS (loopback HTTP is allowed for development).</summary>
    [JsonPropertyName("callbackUrl")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CallbackUrl { get; set; }

    /// <summary>
    /// The entry node's inputs, flattened into the body. Fill it directly, or from a typed agent request with
    /// <see cref="SetInputs(OctaveAgentRequest)"/>.
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> Inputs { get; set; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>
    /// Copies the inputs of a typed agent request (the entry node's agent type, e.g. <see cref="EnrichPersonRequest"/>)
    /// into <see cref="Inputs"/>. Fields left null are not sent; agent-only fields (<c>agentOId</c>, <c>experimentOId</c>) are skipped.
    /// </summary>
    /// <param name="inputs">The typed inputs.</param>
    /// <returns>This request, for chaining.</returns>
    public RunWorkflowRequest SetInputs(OctaveAgentRequest inputs)
    {
        Validation.Argument.NotNull(inputs, nameof(inputs));

        foreach (var field in inputs.ToFields())
        {
            if (field.Key is not ("agentOId" or "experimentOId"))
            {
                Inputs[field.Key] = field.Value;
            }
        }

        return this;
    }

    /// <summary>Sets one input, serialized as a JSON string.</summary>
    /// <param name="name">The input's key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This request, for chaining.</returns>
    public RunWorkflowRequest SetInput(string name, string? value)
    {
        Inputs[name] = JsonElementFactory.FromString(value);
        return this;
    }
}
