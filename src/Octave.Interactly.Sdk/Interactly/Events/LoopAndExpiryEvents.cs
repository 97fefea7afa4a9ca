using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// <c>self_loop_delay</c>: a bounded self-loop waits before its next attempt. An edge event: the loop is the
/// node's edge to itself, so the edge fields (<see cref="EdgeEvent.SourceNodeName"/>, <see cref="EdgeEvent.Reason"/>, …) are set.
/// </summary>
public sealed class SelfLoopDelayEvent : EdgeEvent
{
    /// <summary>Creates the event.</summary>
    public SelfLoopDelayEvent()
        : base(InteractlyEventTypes.SelfLoopDelay)
    {
    }

    /// <summary>The delay before the next attempt, in seconds.</summary>
    [JsonPropertyName("delay_seconds")]
    public double? DelaySeconds { get; set; }

    /// <summary>The attempt about to be made.</summary>
    [JsonPropertyName("attempt_number")]
    public int? AttemptNumber { get; set; }
}

/// <summary>
/// <c>self_loop_exhausted</c>: a bounded self-loop gave up. An edge event, like <see cref="SelfLoopDelayEvent"/>;
/// <see cref="EdgeEvent.Reason"/> says in words why it stopped.
/// </summary>
public sealed class SelfLoopExhaustedEvent : EdgeEvent
{
    /// <summary>Creates the event.</summary>
    public SelfLoopExhaustedEvent()
        : base(InteractlyEventTypes.SelfLoopExhausted)
    {
    }

    /// <summary>Why: <c>max_retries</c> or <c>expiry_time</c> (see <see cref="SelfLoopOutcomes"/>); another value is kept as sent.</summary>
    [JsonPropertyName("outcome")]
    public string? Outcome { get; set; }

    /// <summary>Attempts made in total.</summary>
    [JsonPropertyName("total_attempts")]
    public int? TotalAttempts { get; set; }
}

/// <summary><c>node_expired</c>: a node was stopped by its expiry.</summary>
public sealed class NodeExpiredEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public NodeExpiredEvent()
        : base(InteractlyEventTypes.NodeExpired)
    {
    }

    /// <summary>The attempt that expired.</summary>
    [JsonPropertyName("attempt_number")]
    public int? AttemptNumber { get; set; }

    /// <summary>Why it expired.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}
