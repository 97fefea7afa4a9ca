using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Body of <c>POST /api/v2/agents/sequence/run</c> (Sequence Agent). Needs exactly one of <c>agentOId</c> and <c>experimentOId</c>.</summary>
public sealed class SequenceAgentRequest : PersonAgentRequest
{

    /// <summary>Language of the emails, e.g. <c>en</c>.</summary>
    [JsonPropertyName("lang")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Lang { get; set; }

    /// <summary>The output format: text, html or markdown.</summary>
    [JsonPropertyName("outputFormat")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContentOutputFormat? OutputFormat { get; set; }

    /// <summary>Instructions keyed by step: <c>"all"</c>, or <c>"1"</c>…<c>"4"</c> for one email (added to "all").</summary>
    [JsonPropertyName("runtimeInstructions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, string>? RuntimeInstructions { get; set; }

    /// <summary>Playbook, product or service to ground the sequence in.</summary>
    [JsonPropertyName("customContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OctaveCustomContext? CustomContext { get; set; }

    /// <summary>A caller-chosen id for the request.</summary>
    [JsonPropertyName("requestId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RequestId { get; set; }

    /// <inheritdoc />
    internal override JsonTypeInfo TypeInfo => OctaveJsonContext.Default.SequenceAgentRequest;
}
