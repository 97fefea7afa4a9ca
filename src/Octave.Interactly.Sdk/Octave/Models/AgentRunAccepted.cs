using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Answer of the endpoints that start background agent work (<c>POST /api/v2/async/agent/run</c>,
/// <c>POST /api/v2/async/headless/generate-emails</c>): the id to poll and to match the callback with.
/// </summary>
public sealed class AgentRunAccepted : IJsonOnDeserialized
{
    /// <summary>The run's id, e.g. <c>asyncReqID_…</c>.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>Alias some Octave pages use for <see cref="RequestId"/>; fills it when it is the only key present.</summary>
    [JsonPropertyName("agentRunOId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? AgentRunOId { get; set; }

    /// <summary>Usually <see cref="OctaveJobStatus.Pending"/>.</summary>
    [JsonPropertyName("status")]
    public OctaveJobStatus Status { get; set; }

    /// <summary>A free-text message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The agent actually used.</summary>
    [JsonPropertyName("agentOId")]
    public string? AgentOId { get; set; }

    /// <summary>Fields this SDK does not model yet, kept as received.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => RequestId ??= AgentRunOId;
}
