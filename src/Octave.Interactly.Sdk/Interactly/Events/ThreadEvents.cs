using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary><c>start_thread</c>: a thread began.</summary>
public sealed class StartThreadEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public StartThreadEvent()
        : base(InteractlyEventTypes.StartThread)
    {
    }
}

/// <summary><c>end_thread</c>: a thread finished.</summary>
public sealed class EndThreadEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public EndThreadEvent()
        : base(InteractlyEventTypes.EndThread)
    {
    }

    /// <summary>The last node the thread ran.</summary>
    [JsonPropertyName("last_node_logical_id")]
    public string? LastNodeLogicalId { get; set; }
}

/// <summary><c>pause_thread</c>: a thread paused.</summary>
public sealed class PauseThreadEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public PauseThreadEvent()
        : base(InteractlyEventTypes.PauseThread)
    {
    }

    /// <summary>The node the thread paused at.</summary>
    [JsonPropertyName("last_node_logical_id")]
    public string? LastNodeLogicalId { get; set; }
}
