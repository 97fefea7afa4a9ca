using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// <c>run_ack</c>: the frame that acknowledges a run on the WebSocket stream. The server sends it without a
/// <c>type</c>; the SDK gives it this one, as the official SDK does, so every frame has a type to switch on.
/// </summary>
public sealed class RunAckEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public RunAckEvent()
        : base(InteractlyEventTypes.RunAck)
    {
    }

    /// <summary>The run acknowledged.</summary>
    [JsonPropertyName("workflow_run_id")]
    public string? WorkflowRunId { get; set; }

    /// <summary>The workflow the run belongs to.</summary>
    [JsonPropertyName("workflow_id")]
    public string? WorkflowId { get; set; }

    private RawJsonField _message;

    /// <summary>The acknowledgement, kept as sent (normally a short text such as <c>started</c>).</summary>
    [JsonPropertyName("message")]
    public JsonElement? Message
    {
        get => _message.Get(RawJson, "message");
        set => _message.Set(value);
    }
}
