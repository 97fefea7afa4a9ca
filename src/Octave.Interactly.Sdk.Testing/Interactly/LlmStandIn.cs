using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// What the deterministic LLM stand-in reports about a reply: word counts as token counts and a
/// nominal latency, so clients see realistic <c>llm_usage_info</c> without any real model or delay.
/// </summary>
internal static class LlmStandIn
{
    public const string Model = "emulator-llm";

    /// <summary>Fixed cost for the (imaginary) system prompt, on top of the user's words.</summary>
    private const int SystemPromptTokens = 12;

    public static int CountTokens(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public static LlmReply Reply(string prompt, string reply, int turnNumber, string responseId)
    {
        int promptTokens = SystemPromptTokens + CountTokens(prompt);
        int completionTokens = CountTokens(reply);
        double latencyMilliseconds = 40 + (5 * completionTokens);
        var usageInfo = new JsonObject
        {
            ["response_model"] = Model,
            ["named_llm_config_id"] = null,
            ["named_llm_config_name"] = null,
            ["provider"] = "emulator",
            ["ai_message_turn_id"] = turnNumber,
            ["llm_response_id"] = responseId,
            ["used_user_api_key"] = false,
            ["finish_reason"] = new JsonArray("stop"),
            ["response_latency_milliseconds"] = latencyMilliseconds,
            ["prompt_tokens"] = promptTokens,
            ["completion_tokens"] = completionTokens,
            ["total_tokens"] = promptTokens + completionTokens,
            ["was_streamed"] = false,
            ["was_estimated"] = true,
            ["structured_output_retry_metadata"] = null,
        };
        return new LlmReply(promptTokens, completionTokens, latencyMilliseconds, usageInfo);
    }
}

/// <summary>Token counts, nominal latency and the <c>llm_usage_info</c> object of one stand-in reply.</summary>
internal sealed record LlmReply(int PromptTokens, int CompletionTokens, double LatencyMilliseconds, JsonObject UsageInfo);
