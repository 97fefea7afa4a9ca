using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Body of <c>POST /api/v2/agents/generate-content/run</c> (Content Agent). Needs <c>agentOId</c> or <c>experimentOId</c>.</summary>
public sealed class GenerateContentRequest : PersonAgentRequest
{

    /// <summary>A page to base the content on.</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; set; }

    /// <summary>The output format.</summary>
    [JsonPropertyName("outputFormat")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContentOutputFormat? OutputFormat { get; set; }

    /// <summary>Playbook, product or service to ground the content in.</summary>
    [JsonPropertyName("customContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OctaveCustomContext? CustomContext { get; set; }

    /// <inheritdoc />
    internal override JsonTypeInfo TypeInfo => OctaveJsonContext.Default.GenerateContentRequest;
}
