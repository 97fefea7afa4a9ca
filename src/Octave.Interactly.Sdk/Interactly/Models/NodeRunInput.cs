using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The input for one node, discriminated by <c>type</c>. Clients normally send only <c>type: "llm"</c> with
/// <see cref="Messages"/>; other node input types (<c>base_node</c>, tool, HTTP…) can be expressed by setting
/// <see cref="Type"/> and putting their fields in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class NodeRunInput
{
    /// <summary>The type of the LLM node input, which carries chat messages.</summary>
    public const string LlmType = "llm";

    /// <summary>The node input type; <c>llm</c> by default.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = LlmType;

    /// <summary>The chat messages for an <c>llm</c> input; the user's turn goes here.</summary>
    [JsonPropertyName("messages")]
    public IList<ChatMessage>? Messages { get; set; }

    /// <summary>The node this input is for; the thread's current node when null.</summary>
    [JsonPropertyName("node_logical_id")]
    public string? NodeLogicalId { get; set; }

    /// <summary>Values for <c>{{name}}</c> placeholders, scoped to this node.</summary>
    [JsonPropertyName("dynamic_variables")]
    public IDictionary<string, object?>? DynamicVariables { get; set; }

    /// <summary>Values for <c>[[name]]</c> placeholders, scoped to this node.</summary>
    [JsonPropertyName("runtime_variables")]
    public IDictionary<string, object?>? RuntimeVariables { get; set; }

    /// <summary>Free-form metadata.</summary>
    [JsonPropertyName("miscellaneous")]
    public IDictionary<string, object?>? Miscellaneous { get; set; }

    /// <summary>Fields of node input types this SDK does not model; written back as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>An <c>llm</c> input carrying the given messages.</summary>
    /// <param name="messages">The chat messages.</param>
    /// <returns>The node input.</returns>
    public static NodeRunInput Llm(params ChatMessage[] messages) => new() { Type = LlmType, Messages = new List<ChatMessage>(messages) };
}
