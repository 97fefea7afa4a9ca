using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary><c>companion_step_boundary</c>: a companion thread finished a background step.</summary>
public sealed class CompanionStepBoundaryEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public CompanionStepBoundaryEvent()
        : base(InteractlyEventTypes.CompanionStepBoundary)
    {
    }

    /// <summary>The companion thread.</summary>
    [JsonPropertyName("companion_thread_id")]
    public string? CompanionThreadId { get; set; }

    /// <summary>Attempts completed so far.</summary>
    [JsonPropertyName("attempts_completed")]
    public int? AttemptsCompleted { get; set; }

    /// <summary>The companion's deadline, Unix seconds.</summary>
    [JsonPropertyName("deadline_epoch")]
    public double? DeadlineEpoch { get; set; }

    /// <summary>True while the companion has more to do.</summary>
    [JsonPropertyName("still_active")]
    public bool? StillActive { get; set; }
}

/// <summary><c>waiting_evaluation_boundary</c>: a background pass over a waiting node's edges.</summary>
public sealed class WaitingEvaluationBoundaryEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public WaitingEvaluationBoundaryEvent()
        : base(InteractlyEventTypes.WaitingEvaluationBoundary)
    {
    }

    /// <summary>The node that is waiting.</summary>
    [JsonPropertyName("parked_node_logical_id")]
    public string? ParkedNodeLogicalId { get; set; }

    /// <summary>How many waiting-eligible edges this pass evaluated.</summary>
    [JsonPropertyName("edges_evaluated")]
    public int? EdgesEvaluated { get; set; }

    /// <summary>True when an edge fired.</summary>
    [JsonPropertyName("transitioned")]
    public bool? Transitioned { get; set; }

    /// <summary>True when the node is still waiting.</summary>
    [JsonPropertyName("still_waiting")]
    public bool? StillWaiting { get; set; }
}
