using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>The tokens a run used, in total and per model.</summary>
public sealed class LlmTokenUsage
{
    /// <summary>Input (prompt) tokens.</summary>
    [JsonPropertyName("total_input_tokens")]
    public long? TotalInputTokens { get; set; }

    /// <summary>Output (completion) tokens.</summary>
    [JsonPropertyName("total_output_tokens")]
    public long? TotalOutputTokens { get; set; }

    /// <summary>All tokens.</summary>
    [JsonPropertyName("total_tokens")]
    public long? TotalTokens { get; set; }

    /// <summary>LLM calls made with the team's own vendor keys.</summary>
    [JsonPropertyName("call_count_with_user_keys")]
    public int? CallCountWithUserKeys { get; set; }

    /// <summary>LLM calls made with the fallback keys.</summary>
    [JsonPropertyName("call_count_with_fallback_keys")]
    public int? CallCountWithFallbackKeys { get; set; }

    /// <summary>LLM calls in total.</summary>
    [JsonPropertyName("call_count")]
    public int? CallCount { get; set; }

    /// <summary>The same counts per model and provider.</summary>
    [JsonPropertyName("breakdown_by_models")]
    public IReadOnlyList<LlmTokenUsageByModel>? BreakdownByModels { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The tokens one model used within a run.</summary>
public sealed class LlmTokenUsageByModel
{
    /// <summary>The model.</summary>
    [JsonPropertyName("response_model")]
    public string? ResponseModel { get; set; }

    /// <summary>The provider.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>Input (prompt) tokens.</summary>
    [JsonPropertyName("total_input_tokens")]
    public long? TotalInputTokens { get; set; }

    /// <summary>Output (completion) tokens.</summary>
    [JsonPropertyName("total_output_tokens")]
    public long? TotalOutputTokens { get; set; }

    /// <summary>All tokens.</summary>
    [JsonPropertyName("total_tokens")]
    public long? TotalTokens { get; set; }

    /// <summary>Calls made with the team's own vendor keys.</summary>
    [JsonPropertyName("call_count_with_user_keys")]
    public int? CallCountWithUserKeys { get; set; }

    /// <summary>Calls made with the fallback keys.</summary>
    [JsonPropertyName("call_count_with_fallback_keys")]
    public int? CallCountWithFallbackKeys { get; set; }

    /// <summary>Calls in total.</summary>
    [JsonPropertyName("call_count")]
    public int? CallCount { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
