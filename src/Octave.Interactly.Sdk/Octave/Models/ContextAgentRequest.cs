using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>Body of <c>POST /api/v2/agents/context/run</c>. Needs <c>query</c>, or <c>runtimeContext</c> as a string.</summary>
public sealed class ContextAgentRequest : OctaveAgentRequest
{

    /// <summary>The question to answer. Required unless <see cref="OctaveAgentRequest.RuntimeContext"/> is a string.</summary>
    [JsonPropertyName("query")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Query { get; set; }

    /// <summary>Person, company and free-text details to consider.</summary>
    [JsonPropertyName("additionalContext")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ContextAgentAdditionalContext? AdditionalContext { get; set; }

    /// <inheritdoc />
    internal override JsonTypeInfo TypeInfo => OctaveJsonContext.Default.ContextAgentRequest;
}
