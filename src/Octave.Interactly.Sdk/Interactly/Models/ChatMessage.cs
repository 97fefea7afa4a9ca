using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A chat message in LangChain's dict form, which is what the server deserializes node inputs with:
/// <c>{type, content, additional_kwargs, response_metadata, name, id}</c>. <c>name</c> and <c>id</c> are always
/// written, as null when unset, to match the form LangChain produces.
/// </summary>
public sealed class ChatMessage
{
    /// <summary>The LangChain type of a user's message.</summary>
    public const string HumanType = "human";

    /// <summary>The message type: <c>human</c> for the user's input.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = HumanType;

    /// <summary>The message text.</summary>
    [JsonPropertyName("content")]
    public string Content { get; set; } = string.Empty;

    /// <summary>LangChain's <c>additional_kwargs</c>; sent as <c>{}</c> by default.</summary>
    [JsonPropertyName("additional_kwargs")]
    public IDictionary<string, object?> AdditionalKwargs { get; set; } = new Dictionary<string, object?>();

    /// <summary>LangChain's <c>response_metadata</c>; sent as <c>{}</c> by default.</summary>
    [JsonPropertyName("response_metadata")]
    public IDictionary<string, object?> ResponseMetadata { get; set; } = new Dictionary<string, object?>();

    /// <summary>An optional speaker name; written as null when unset.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Name { get; set; }

    /// <summary>An optional message id; written as null when unset.</summary>
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Id { get; set; }

    /// <summary>A user's message.</summary>
    /// <param name="content">The text the user typed or said.</param>
    /// <returns>A <c>human</c> message.</returns>
    public static ChatMessage Human(string content) => new() { Type = HumanType, Content = content };
}
