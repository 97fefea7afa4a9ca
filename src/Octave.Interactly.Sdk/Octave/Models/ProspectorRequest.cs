using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Body of <c>POST /api/v2/agents/prospector/run</c>.</summary>
public sealed class ProspectorRequest : OctaveAgentRequest
{

    /// <summary>The company to find people at.</summary>
    [JsonPropertyName("companyDomain")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CompanyDomain { get; set; }

    /// <summary>How many prospects to return; the agent's default when omitted.</summary>
    [JsonPropertyName("limit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Limit { get; set; }

    /// <summary>Return a minimal record per prospect.</summary>
    [JsonPropertyName("minimal")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Minimal { get; set; }

    /// <summary>Playbook, personas and titles to search for.</summary>
    [JsonPropertyName("searchContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProspectorSearchContext? SearchContext { get; set; }

    /// <inheritdoc />
    internal override JsonTypeInfo TypeInfo => OctaveJsonContext.Default.ProspectorRequest;
}
