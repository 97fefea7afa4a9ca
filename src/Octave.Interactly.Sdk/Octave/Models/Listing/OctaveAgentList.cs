using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Answer of <c>GET /api/v2/agents/list</c>: one page of the workspace's agents.</summary>
public sealed class OctaveAgentList
{
    /// <summary>The response envelope.</summary>
    [JsonPropertyName("_metadata")]
    public OctaveMetadata? Metadata { get; set; }

    /// <summary>The agents on this page.</summary>
    [JsonPropertyName("data")]
    public IList<OctaveAgentSummary>? Data { get; set; }

    /// <summary>True when another page follows.</summary>
    [JsonPropertyName("hasNext")]
    public bool? HasNext { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// An agent as the list shows it. Only the id is certain; the other names follow Octave's usual camelCase and
/// anything else is kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class OctaveAgentSummary
{
    /// <summary>The agent, e.g. <c>ca_…</c>.</summary>
    [JsonPropertyName("oId")]
    public string? OId { get; set; }

    /// <summary>The agent's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The agent's type (e.g. <c>ENRICH_PERSON</c>), as sent.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The agent's description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>When the agent was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
