using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary><c>start_node_run</c>: a node started.</summary>
public sealed class StartNodeRunEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public StartNodeRunEvent()
        : base(InteractlyEventTypes.StartNodeRun)
    {
    }

    private RawJsonField _runInput;

    /// <summary>The node's input, discriminated by its own <c>type</c>.</summary>
    [JsonPropertyName("run_input")]
    public JsonElement? RunInput
    {
        get => _runInput.Get(RawJson, "run_input");
        set => _runInput.Set(value);
    }
}

/// <summary><c>end_node_run</c>: a node finished.</summary>
public sealed class EndNodeRunEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public EndNodeRunEvent()
        : base(InteractlyEventTypes.EndNodeRun)
    {
    }

    private RawJsonField _runOutput;

    /// <summary>The node's output, discriminated by its own <c>type</c> (e.g. <c>say_llm</c> with <c>structured_output</c>).</summary>
    [JsonPropertyName("run_output")]
    public JsonElement? RunOutput
    {
        get => _runOutput.Get(RawJson, "run_output");
        set => _runOutput.Set(value);
    }
}

/// <summary><c>user_messages</c>: the user's input was consumed.</summary>
public sealed class UserMessagesEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public UserMessagesEvent()
        : base(InteractlyEventTypes.UserMessages)
    {
    }

    private IReadOnlyList<JsonElement>? _messages;
    private bool _messagesKnown;

    /// <summary>The messages consumed, as sent (LangChain dicts).</summary>
    [JsonPropertyName("messages")]
    public IReadOnlyList<JsonElement>? Messages
    {
        get
        {
            // Read from the wire, the list is made on first use, of views into the raw JSON, and kept.
            if (Volatile.Read(ref _messagesKnown) || RawJson.ValueKind == JsonValueKind.Undefined)
            {
                return _messages;
            }

            var messages = RawElements("messages");
            _messages = messages;
            Volatile.Write(ref _messagesKnown, true);
            return messages;
        }

        set
        {
            _messages = value;
            Volatile.Write(ref _messagesKnown, true);
        }
    }
}

/// <summary><c>assistant_response</c>: text to show or speak to the user.</summary>
public sealed class AssistantResponseEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public AssistantResponseEvent()
        : base(InteractlyEventTypes.AssistantResponse)
    {
    }

    /// <summary>The text for the user.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    private RawJsonField _responseMetadata;

    /// <summary>The provider's response metadata.</summary>
    [JsonPropertyName("response_metadata")]
    public JsonElement? ResponseMetadata
    {
        get => _responseMetadata.Get(RawJson, "response_metadata");
        set => _responseMetadata.Set(value);
    }

    private RawJsonValue<LlmUsageInfo> _llmUsageInfo;

    /// <summary>Model, tokens and latency of the call that produced the text.</summary>
    [JsonPropertyName("llm_usage_info")]
    public LlmUsageInfo? LlmUsageInfo
    {
        get => _llmUsageInfo.Get(RawJson, "llm_usage_info", InteractlyJsonContext.Default.LlmUsageInfo);
        set => _llmUsageInfo.Set(value);
    }
}

/// <summary><c>busy_wait_for_user_message</c>: the workflow is waiting for the user at the node named here.</summary>
public sealed class BusyWaitForUserMessageEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public BusyWaitForUserMessageEvent()
        : base(InteractlyEventTypes.BusyWaitForUserMessage)
    {
    }
}

/// <summary><c>pause_event</c>: a node paused.</summary>
public sealed class PauseNodeEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public PauseNodeEvent()
        : base(InteractlyEventTypes.PauseEvent)
    {
    }
}

/// <summary><c>force_transfer_to_node</c>: a forced jump to another node.</summary>
public sealed class ForceTransferToNodeEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public ForceTransferToNodeEvent()
        : base(InteractlyEventTypes.ForceTransferToNode)
    {
    }

    /// <summary>The node jumped to.</summary>
    [JsonPropertyName("destination_node_logical_id")]
    public string? DestinationNodeLogicalId { get; set; }
}

/// <summary><c>say_static</c>: a static node's message.</summary>
public sealed class SayStaticEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public SayStaticEvent()
        : base(InteractlyEventTypes.SayStatic)
    {
    }

    private RawJsonField _message;

    /// <summary>The message: a string or a message object, kept as sent.</summary>
    [JsonPropertyName("message")]
    public JsonElement? Message
    {
        get => _message.Get(RawJson, "message");
        set => _message.Set(value);
    }

    /// <summary>The message text: the string itself, or the object's <c>content</c> string.</summary>
    [JsonIgnore]
    public string? Text => MessageText.From(Message);
}
