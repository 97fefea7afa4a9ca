using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// An Interactly execute request and answer as a developer would model them by hand: the documented shape,
/// with events kept as raw JSON (typing each of the event kinds is the work the SDK saves).
/// </summary>
public sealed class HandWrittenExecuteRequest
{
    [JsonPropertyName("run_input")]
    public HandWrittenRunInput RunInput { get; set; } = new();

    [JsonPropertyName("run_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RunId { get; set; }

    /// <summary>A turn carrying the user's message in the main thread: <c>start</c> without a run, <c>data</c> with one.</summary>
    public static HandWrittenExecuteRequest ForMessage(string? runId, string userMessage) => new()
    {
        RunId = runId,
        RunInput = new HandWrittenRunInput
        {
            Command = runId is null ? "start" : "data",
            ThreadToNodeInputs = new Dictionary<string, HandWrittenThreadInputs>
            {
                ["0"] = new() { NodeRunInputs = { new HandWrittenNodeInput { Messages = { new HandWrittenMessage { Content = userMessage } } } } },
            },
        },
    };
}

public sealed class HandWrittenRunInput
{
    [JsonPropertyName("command")]
    public string Command { get; set; } = "start";

    [JsonPropertyName("thread_to_node_inputs")]
    public Dictionary<string, HandWrittenThreadInputs> ThreadToNodeInputs { get; set; } = new();
}

public sealed class HandWrittenThreadInputs
{
    [JsonPropertyName("node_run_inputs")]
    public List<HandWrittenNodeInput> NodeRunInputs { get; set; } = new();
}

public sealed class HandWrittenNodeInput
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "llm";

    [JsonPropertyName("messages")]
    public List<HandWrittenMessage> Messages { get; set; } = new();
}

public sealed class HandWrittenMessage
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "human";

    [JsonPropertyName("content")]
    public string Content { get; set; } = string.Empty;
}

public sealed class HandWrittenTurnResponse
{
    [JsonPropertyName("run_id")]
    public string? RunId { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("turn_number")]
    public int? TurnNumber { get; set; }

    [JsonPropertyName("events")]
    public List<JsonElement> Events { get; set; } = new();

    [JsonPropertyName("is_waiting_for_input")]
    public bool? IsWaitingForInput { get; set; }

    [JsonPropertyName("is_completed")]
    public bool? IsCompleted { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }
}

[JsonSerializable(typeof(HandWrittenExecuteRequest))]
[JsonSerializable(typeof(HandWrittenTurnResponse))]
internal sealed partial class HandWrittenTurnJsonContext : JsonSerializerContext;
