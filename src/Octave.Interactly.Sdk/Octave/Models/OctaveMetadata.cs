using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The <c>_metadata</c> envelope Octave attaches to its responses.</summary>
public sealed class OctaveMetadata
{
    /// <summary>Octave's id for the request; quote it to support.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>When Octave handled the request.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>Credits the request used.</summary>
    [JsonPropertyName("usage")]
    public double? Usage { get; set; }

    /// <summary>A free-text message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
