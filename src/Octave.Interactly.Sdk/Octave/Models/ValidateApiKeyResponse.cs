using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Answer of <c>GET /api/v2/api-key/validate</c>.</summary>
public sealed class ValidateApiKeyResponse
{
    /// <summary>The response envelope.</summary>
    [JsonPropertyName("_metadata")]
    public OctaveMetadata? Metadata { get; set; }

    /// <summary><c>ok</c> when the check ran.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Whether the key is valid.</summary>
    [JsonPropertyName("valid")]
    public bool Valid { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
