using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>How long a run's LLM calls took, in total and per model.</summary>
public sealed class LlmLatencyStats
{
    /// <summary>LLM calls in total.</summary>
    [JsonPropertyName("call_count")]
    public int? CallCount { get; set; }

    /// <summary>The calls' summed latency, in milliseconds.</summary>
    [JsonPropertyName("total_latency_milliseconds")]
    public double? TotalLatencyMilliseconds { get; set; }

    /// <summary>The mean latency per call, in milliseconds.</summary>
    [JsonPropertyName("average_latency_milliseconds")]
    public double? AverageLatencyMilliseconds { get; set; }

    /// <summary>The same figures per model and provider.</summary>
    [JsonPropertyName("breakdown_by_models")]
    public IReadOnlyList<LlmLatencyStatsByModel>? BreakdownByModels { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>How long one model's calls took within a run.</summary>
public sealed class LlmLatencyStatsByModel
{
    /// <summary>The model.</summary>
    [JsonPropertyName("response_model")]
    public string? ResponseModel { get; set; }

    /// <summary>The provider.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; set; }

    /// <summary>Calls in total.</summary>
    [JsonPropertyName("call_count")]
    public int? CallCount { get; set; }

    /// <summary>The calls' summed latency, in milliseconds.</summary>
    [JsonPropertyName("total_latency_milliseconds")]
    public double? TotalLatencyMilliseconds { get; set; }

    /// <summary>The mean latency per call, in milliseconds.</summary>
    [JsonPropertyName("average_latency_milliseconds")]
    public double? AverageLatencyMilliseconds { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
