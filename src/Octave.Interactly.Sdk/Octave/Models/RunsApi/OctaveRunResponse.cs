using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Answer of <c>GET /api/v2/runs/{oId}</c> (Runs API, spec version 6.0.0). The published page names the content
/// (status, counts, credits, a page of items with outputs) but not the exact envelope; this model reads the
/// <c>{ _metadata, data }</c> envelope every other Octave v2 endpoint uses and keeps anything else it finds.
/// </summary>
public sealed class OctaveRunResponse
{
    /// <summary>The response envelope.</summary>
    [JsonPropertyName("_metadata")]
    public OctaveMetadata? Metadata { get; set; }

    /// <summary>The run.</summary>
    [JsonPropertyName("data")]
    public OctaveRunDetails? Data { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
