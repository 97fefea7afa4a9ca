using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>The <c>llm_usage_info</c> of an LLM call: model, provider, tokens and latency.</summary>
public sealed class LlmUsageInfo
{
    /// <summary>The model that answered.</summary>
    [JsonPropertyName("response_model")]
    public string? ResponseModel { get; set; }

    /// <summary>The id of the named LLM configuration used.</summary>
    [JsonPropertyName("named_llm_config_id")]
    public string? NamedLlmConfigId { get; set; }

    /// <summary>The name of the named LLM configuration used.</summary>
    [JsonPropertyName("named_llm_config_name")]
    public string? NamedLlmConfigName { get; set; }

    /// <summary>The LLM provider.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>
    /// The id of the AI message turn, kept as sent: the official SDK types it as a string, but servers (and the
    /// emulator) send a number, and a wrong guess here would cost the whole <c>llm_usage_info</c>.
    /// </summary>
    [JsonPropertyName("ai_message_turn_id")]
    public JsonElement? AiMessageTurnId { get; set; }

    /// <summary>The provider's response id.</summary>
    [JsonPropertyName("llm_response_id")]
    public string? LlmResponseId { get; set; }

    /// <summary>True when the team's own API key was used.</summary>
    [JsonPropertyName("used_user_api_key")]
    public bool? UsedUserApiKey { get; set; }

    /// <summary>The finish reasons reported by the provider.</summary>
    [JsonPropertyName("finish_reason")]
    public IReadOnlyList<string>? FinishReason { get; set; }

    /// <summary>The response latency in milliseconds.</summary>
    [JsonPropertyName("response_latency_milliseconds")]
    public double? ResponseLatencyMilliseconds { get; set; }

    /// <summary>Prompt tokens.</summary>
    [JsonPropertyName("prompt_tokens")]
    public long? PromptTokens { get; set; }

    /// <summary>Completion tokens.</summary>
    [JsonPropertyName("completion_tokens")]
    public long? CompletionTokens { get; set; }

    /// <summary>Total tokens.</summary>
    [JsonPropertyName("total_tokens")]
    public long? TotalTokens { get; set; }

    /// <summary>True when the response was streamed.</summary>
    [JsonPropertyName("was_streamed")]
    public bool? WasStreamed { get; set; }

    /// <summary>True when the token counts are estimates.</summary>
    [JsonPropertyName("was_estimated")]
    public bool? WasEstimated { get; set; }

    /// <summary>Retries made to obtain valid structured output.</summary>
    [JsonPropertyName("structured_output_retry_metadata")]
    public StructuredOutputRetryMetadata? StructuredOutputRetryMetadata { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
