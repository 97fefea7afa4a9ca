using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Answer of <c>GET /api/v2/api-key/list</c>: one page of the workspace's API keys.</summary>
public sealed class OctaveApiKeyList
{
    /// <summary>The response envelope.</summary>
    [JsonPropertyName("_metadata")]
    public OctaveMetadata? Metadata { get; set; }

    /// <summary>The keys on this page.</summary>
    [JsonPropertyName("data")]
    public IList<OctaveApiKeySummary>? Data { get; set; }

    /// <summary>True when another page follows.</summary>
    [JsonPropertyName("hasNext")]
    public bool? HasNext { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// An API key as the list shows it: its id and description, never a usable secret (the published page does not
/// say whether a masked form is sent; if one is, it stays in <see cref="AdditionalProperties"/>).
/// </summary>
public sealed class OctaveApiKeySummary
{
    /// <summary>The key's id.</summary>
    [JsonPropertyName("oId")]
    public string? OId { get; set; }

    /// <summary>The key's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The product the key belongs to, when the list is filtered by one.</summary>
    [JsonPropertyName("productOId")]
    public string? ProductOId { get; set; }

    /// <summary>When the key was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
