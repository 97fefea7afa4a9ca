using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Body of <c>POST /api/v2/async/agent/run</c>: a saved agent run in the background, its result POSTed to
/// <see cref="CallbackUrl"/>. The agent's inputs are flat top-level keys, as the OpenAPI variants define them.
/// Build one from a typed agent request with <see cref="For"/>.
/// </summary>
public sealed class RunAgentRequest
{
    /// <summary>The saved agent to run, e.g. <c>ca_…</c>. Required.</summary>
    [JsonPropertyName("agentOId")]
    public string AgentOId { get; set; } = string.Empty;

    /// <summary>Where Octave POSTs the result. Required by the API.</summary>
    [JsonPropertyName("callbackUrl")]
    public string CallbackUrl { get; set; } = string.Empty;

    /// <summary>Run an experiment variant (<c>ae_…</c>).</summary>
    [JsonPropertyName("experimentOId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExperimentOId { get; set; }

    /// <summary>Per-call context: an object or a string.</summary>
    [JsonPropertyName("runtimeContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? RuntimeContext { get; set; }

    /// <summary>Full rather than minimal annotations in the output.</summary>
    [JsonPropertyName("includeFullAnnotation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IncludeFullAnnotation { get; set; }

    /// <summary>The agent's inputs, flattened into the body.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> Inputs { get; set; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>
    /// Builds an async run from the same typed request the synchronous endpoint takes, e.g.
    /// <c>RunAgentRequest.For(new EnrichCompanyRequest { AgentOId = "ca_…", CompanyDomain = "example.com" }, callbackUrl)</c>.
    /// </summary>
    /// <param name="agentRequest">The typed agent request; its <c>agentOId</c> is required.</param>
    /// <param name="callbackUrl">Where Octave POSTs the result.</param>
    /// <returns>The async request.</returns>
    public static RunAgentRequest For(OctaveAgentRequest agentRequest, string callbackUrl)
    {
        Validation.Argument.NotNull(agentRequest, nameof(agentRequest));

        var request = new RunAgentRequest
        {
            AgentOId = agentRequest.AgentOId ?? string.Empty,
            CallbackUrl = callbackUrl,
            ExperimentOId = agentRequest.ExperimentOId,
            RuntimeContext = agentRequest.RuntimeContext,
            IncludeFullAnnotation = agentRequest.IncludeFullAnnotation,
        };
        foreach (var field in agentRequest.ToFields())
        {
            if (field.Key is not ("agentOId" or "experimentOId" or "runtimeContext" or "includeFullAnnotation"))
            {
                request.Inputs[field.Key] = field.Value;
            }
        }

        return request;
    }
}
