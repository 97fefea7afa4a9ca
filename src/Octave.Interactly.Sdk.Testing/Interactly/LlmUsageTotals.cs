using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Token and latency bookkeeping for the deterministic LLM stand-in, reported as
/// <c>llm_token_usage</c> and <c>llm_latency_stats</c>. Latencies are nominal: nothing really waits.
/// </summary>
internal sealed class LlmUsageTotals
{
    public int CallCount { get; private set; }

    public int PromptTokens { get; private set; }

    public int CompletionTokens { get; private set; }

    public double TotalLatencyMilliseconds { get; private set; }

    public double MaxLatencyMilliseconds { get; private set; }

    public void Add(int promptTokens, int completionTokens, double latencyMilliseconds)
    {
        CallCount++;
        PromptTokens += promptTokens;
        CompletionTokens += completionTokens;
        TotalLatencyMilliseconds += latencyMilliseconds;
        MaxLatencyMilliseconds = Math.Max(MaxLatencyMilliseconds, latencyMilliseconds);
    }

    public JsonObject TokenUsageJson() => new()
    {
        ["prompt_tokens"] = PromptTokens,
        ["completion_tokens"] = CompletionTokens,
        ["total_tokens"] = PromptTokens + CompletionTokens,
        ["llm_call_count"] = CallCount,
    };

    public JsonObject LatencyStatsJson() => new()
    {
        ["count"] = CallCount,
        ["total_milliseconds"] = TotalLatencyMilliseconds,
        ["mean_milliseconds"] = CallCount == 0 ? 0 : TotalLatencyMilliseconds / CallCount,
        ["max_milliseconds"] = MaxLatencyMilliseconds,
    };
}
