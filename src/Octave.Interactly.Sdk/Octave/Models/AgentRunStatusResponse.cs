using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Answer of <c>GET /api/v2/async/agent/run/status</c>.</summary>
public sealed class AgentRunStatusResponse
{
    /// <summary>The response envelope.</summary>
    [JsonPropertyName("_metadata")]
    public OctaveMetadata? Metadata { get; set; }

    /// <summary>The run's state.</summary>
    [JsonPropertyName("data")]
    public AgentRunStatus? Data { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>
/// An async agent run's state. Octave sends no status field: the run is done when <see cref="Result"/> is set
/// (success) or <see cref="Error"/> is non-empty (failure), and pending otherwise.
/// </summary>
public sealed class AgentRunStatus : IJsonOnDeserialized
{
    /// <summary>The run's id.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>Alias some Octave pages use for <see cref="RequestId"/>.</summary>
    [JsonPropertyName("agentRunOId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? AgentRunOId { get; set; }

    /// <summary>A status string, if the server ever sends one; when present it wins over inference.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; set; }

    /// <summary>The agent's output once it succeeded; null while pending.</summary>
    [JsonPropertyName("result")]
    public JsonElement? Result { get; set; }

    /// <summary>The error once it failed.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>When the run was created.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequestId ??= AgentRunOId;

        // A JSON null result deserializes as a Null-kind element; treat it as "no result yet".
        if (Result is { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            Result = null;
        }
    }
}
