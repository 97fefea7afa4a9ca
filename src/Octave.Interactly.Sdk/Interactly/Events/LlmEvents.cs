using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary><c>llm</c>: raw output of an LLM call. Also the base of the other LLM call events.</summary>
public class LlmEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public LlmEvent()
        : base(InteractlyEventTypes.Llm)
    {
    }

    /// <summary>Creates an LLM event of another type.</summary>
    /// <param name="type">The wire discriminator.</param>
    protected LlmEvent(string type)
        : base(type)
    {
    }

    private RawJsonField _message;

    /// <summary>The LLM's message object, kept as sent.</summary>
    [JsonPropertyName("message")]
    public JsonElement? Message
    {
        get => _message.Get(RawJson, "message");
        set => _message.Set(value);
    }

    private RawJsonValue<LlmUsageInfo> _llmUsageInfo;

    /// <summary>Model, tokens and latency of the call.</summary>
    [JsonPropertyName("llm_usage_info")]
    public LlmUsageInfo? LlmUsageInfo
    {
        get => _llmUsageInfo.Get(RawJson, "llm_usage_info", InteractlyJsonContext.Default.LlmUsageInfo);
        set => _llmUsageInfo.Set(value);
    }

    /// <summary>The output text some servers send at the top level instead of inside <see cref="Message"/>.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>The message's text content, when it is a string.</summary>
    [JsonIgnore]
    public string? MessageContent => MessageText.From(Message);

    /// <summary>The call's output text: the top-level <see cref="Content"/> when sent, else <see cref="MessageContent"/>.</summary>
    [JsonIgnore]
    public string? Text => Content ?? MessageContent;
}

/// <summary><c>say_llm</c>: output of the LLM that speaks to the user.</summary>
public sealed class SayLlmEvent : LlmEvent
{
    /// <summary>Creates the event.</summary>
    public SayLlmEvent()
        : base(InteractlyEventTypes.SayLlm)
    {
    }
}

/// <summary><c>worker_llm</c>: output of a background worker LLM.</summary>
public sealed class WorkerLlmEvent : LlmEvent
{
    /// <summary>Creates the event.</summary>
    public WorkerLlmEvent()
        : base(InteractlyEventTypes.WorkerLlm)
    {
    }
}

/// <summary><c>condition_evaluator_llm</c>: an LLM call that evaluated an edge condition.</summary>
public sealed class ConditionEvaluatorLlmEvent : LlmEvent
{
    /// <summary>Creates the event.</summary>
    public ConditionEvaluatorLlmEvent()
        : base(InteractlyEventTypes.ConditionEvaluatorLlm)
    {
    }

    /// <summary>The node the edge leads to.</summary>
    [JsonPropertyName("destination_node_logical_id")]
    public string? DestinationNodeLogicalId { get; set; }

    /// <summary>Whether the condition held.</summary>
    [JsonPropertyName("is_condition_met")]
    public bool? IsConditionMet { get; set; }
}

/// <summary><c>discarded_main_llm</c>: the main reply was dropped (e.g. a global condition matched).</summary>
public sealed class DiscardedMainLlmEvent : LlmEvent
{
    /// <summary>Creates the event.</summary>
    public DiscardedMainLlmEvent()
        : base(InteractlyEventTypes.DiscardedMainLlm)
    {
    }

    /// <summary>Why, e.g. <c>global_condition_matched</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}
