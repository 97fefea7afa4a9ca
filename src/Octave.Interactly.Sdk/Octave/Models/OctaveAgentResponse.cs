using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Answer of the synchronous agent endpoints: <c>{ _metadata, found, message, data }</c>. <see cref="Data"/> is
/// agent-specific and kept as JSON; typed views read the shapes the API reference gives.
/// </summary>
public sealed class OctaveAgentResponse
{
    /// <summary>The response envelope.</summary>
    [JsonPropertyName("_metadata")]
    public OctaveMetadata? Metadata { get; set; }

    /// <summary>Whether the agent found what it looked for.</summary>
    [JsonPropertyName("found")]
    public bool? Found { get; set; }

    /// <summary>A free-text message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The agent's output, as received.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Reads <see cref="Data"/> as an enrich-company result. Null when there is no data object.</summary>
    /// <returns>The typed view.</returns>
    public EnrichCompanyData? ReadEnrichCompany() => Read(OctaveJsonContext.Default.EnrichCompanyData);

    /// <summary>Reads <see cref="Data"/> as a qualify-person or qualify-company result.</summary>
    /// <returns>The typed view.</returns>
    public QualificationData? ReadQualification() => Read(OctaveJsonContext.Default.QualificationData);

    /// <summary>Reads <see cref="Data"/> as a context-agent result.</summary>
    /// <returns>The typed view.</returns>
    public ContextAgentData? ReadContext() => Read(OctaveJsonContext.Default.ContextAgentData);

    private T? Read<T>(JsonTypeInfo<T> typeInfo)
        where T : class =>
        Data is { ValueKind: JsonValueKind.Object } data ? data.Deserialize(typeInfo) : null;
}
