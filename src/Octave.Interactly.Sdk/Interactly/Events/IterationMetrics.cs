using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>The <c>iteration_metrics</c> of an <see cref="EndWorkflowIterationEvent"/>.</summary>
public sealed class IterationMetrics
{
    /// <summary>End-to-end latency of the turn in milliseconds.</summary>
    [JsonPropertyName("e2e_latency_milliseconds")]
    public double? EndToEndLatencyMilliseconds { get; set; }

    /// <summary>How many nodes ran.</summary>
    [JsonPropertyName("nodes_executed_count")]
    public int? NodesExecutedCount { get; set; }

    /// <summary>How many LLM calls were made.</summary>
    [JsonPropertyName("llm_call_count")]
    public int? LlmCallCount { get; set; }

    /// <summary>How many tool calls were made.</summary>
    [JsonPropertyName("tool_call_count")]
    public int? ToolCallCount { get; set; }

    /// <summary>Latency of the iteration's LLM calls; null when none were made.</summary>
    [JsonPropertyName("llm_call_latency_stats")]
    public CallLatencyStats? LlmCallLatencyStats { get; set; }

    /// <summary>Latency of the iteration's tool-node calls; null when none were made.</summary>
    [JsonPropertyName("tool_call_latency_stats")]
    public CallLatencyStats? ToolCallLatencyStats { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
