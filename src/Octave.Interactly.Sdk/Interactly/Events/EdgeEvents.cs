using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary><c>direct_edge</c>: an unconditional transition.</summary>
public sealed class DirectEdgeEvent : EdgeEvent
{
    /// <summary>Creates the event.</summary>
    public DirectEdgeEvent()
        : base(InteractlyEventTypes.DirectEdge)
    {
    }
}

/// <summary><c>self_loop_edge</c>: a node transitioned to itself.</summary>
public sealed class SelfLoopEdgeEvent : EdgeEvent
{
    /// <summary>Creates the event.</summary>
    public SelfLoopEdgeEvent()
        : base(InteractlyEventTypes.SelfLoopEdge)
    {
    }
}

/// <summary><c>companion_edge</c>: a transition that started a companion thread.</summary>
public sealed class CompanionEdgeEvent : EdgeEvent
{
    /// <summary>Creates the event.</summary>
    public CompanionEdgeEvent()
        : base(InteractlyEventTypes.CompanionEdge)
    {
    }
}

/// <summary><c>conditional_edge</c>: a transition whose condition held. Also the base of the reverse form.</summary>
public class ConditionalEdgeEvent : EdgeEvent
{
    /// <summary>Creates the event.</summary>
    public ConditionalEdgeEvent()
        : base(InteractlyEventTypes.ConditionalEdge)
    {
    }

    /// <summary>Creates a conditional edge event of another type.</summary>
    /// <param name="type">The wire discriminator.</param>
    protected ConditionalEdgeEvent(string type)
        : base(type)
    {
    }

    private RawJsonField _argsFilled;

    /// <summary>The arguments the condition filled in.</summary>
    [JsonPropertyName("args_filled")]
    public JsonElement? ArgsFilled
    {
        get => _argsFilled.Get(RawJson, "args_filled");
        set => _argsFilled.Set(value);
    }

    /// <summary>
    /// For an edge projected from a super-node's outgoing conditional edge onto one of its inner nodes: the
    /// super-node placeholder's logical id.
    /// </summary>
    [JsonPropertyName("super_node_exit_origin")]
    public string? SuperNodeExitOrigin { get; set; }
}

/// <summary><c>reverse_conditional_edge</c>: a conditional transition back from a global node.</summary>
public sealed class ReverseConditionalEdgeEvent : ConditionalEdgeEvent
{
    /// <summary>Creates the event.</summary>
    public ReverseConditionalEdgeEvent()
        : base(InteractlyEventTypes.ReverseConditionalEdge)
    {
    }

    /// <summary>The global node involved.</summary>
    [JsonPropertyName("global_node_logical_id")]
    public string? GlobalNodeLogicalId { get; set; }
}

/// <summary><c>guardrail_escalation_edge</c>: the guardrail threshold was hit.</summary>
public sealed class GuardrailEscalationEdgeEvent : EdgeEvent
{
    /// <summary>Creates the event.</summary>
    public GuardrailEscalationEdgeEvent()
        : base(InteractlyEventTypes.GuardrailEscalationEdge)
    {
    }

    /// <summary>How many guardrail nodes had been entered.</summary>
    [JsonPropertyName("num_guardrail_nodes_entered")]
    public int? NumGuardrailNodesEntered { get; set; }
}

/// <summary><c>waiting_condition_matched</c>: an edge fired while the node waited, without user input.</summary>
public sealed class WaitingConditionMatchedEvent : EdgeEvent
{
    /// <summary>Creates the event.</summary>
    public WaitingConditionMatchedEvent()
        : base(InteractlyEventTypes.WaitingConditionMatched)
    {
    }

    /// <summary>The condition as written.</summary>
    [JsonPropertyName("condition_expression")]
    public string? ConditionExpression { get; set; }

    /// <summary>The condition with variables filled in.</summary>
    [JsonPropertyName("hydrated_condition_expression")]
    public string? HydratedConditionExpression { get; set; }

    /// <summary>What triggered the evaluation.</summary>
    [JsonPropertyName("trigger_mode")]
    public string? TriggerMode { get; set; }

    /// <summary>The node whose completion triggered it.</summary>
    [JsonPropertyName("trigger_node_logical_id")]
    public string? TriggerNodeLogicalId { get; set; }

    /// <summary>How many times the trigger node had completed.</summary>
    [JsonPropertyName("trigger_node_completion_count")]
    public int? TriggerNodeCompletionCount { get; set; }

    /// <summary>Transitions made during this wait.</summary>
    [JsonPropertyName("transitions_this_wait")]
    public int? TransitionsThisWait { get; set; }

    /// <summary>The node a guardrail redirected from, if any.</summary>
    [JsonPropertyName("guardrail_redirected_from_logical_id")]
    public string? GuardrailRedirectedFromLogicalId { get; set; }
}
