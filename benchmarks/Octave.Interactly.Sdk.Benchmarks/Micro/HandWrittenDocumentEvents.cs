using System.Collections.Generic;
using System.Text.Json;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// The events of a turn as a developer would read them by hand from one <see cref="JsonDocument"/>: a small class
/// per event type with the fields the SDK's typed event classes read (strings and numbers read out, nested objects
/// the SDK exposes as <see cref="JsonElement"/> kept as views into the document, and the event's raw JSON as a view).
/// </summary>
public class HandWrittenEvent
{
    public string? Type { get; set; }

    public string? LogicalId { get; set; }

    public double? Timestamp { get; set; }

    public string? OriginThreadId { get; set; }

    public string? ThreadReferenceId { get; set; }

    public List<HandWrittenComment>? Comments { get; set; }

    public bool? Interrupted { get; set; }

    public JsonElement Raw { get; set; }
}

public sealed class HandWrittenComment
{
    public string? LogicalId { get; set; }

    public string? Content { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }

    public System.DateTimeOffset? CreatedAt { get; set; }

    public System.DateTimeOffset? UpdatedAt { get; set; }
}

public class HandWrittenNodeEvent : HandWrittenEvent
{
    public string? OriginNodeLogicalId { get; set; }

    public string? OriginNodeName { get; set; }

    public string? OriginNodeRunId { get; set; }
}

public sealed class HandWrittenStartNodeRun : HandWrittenNodeEvent
{
    public JsonElement? RunInput { get; set; }
}

public sealed class HandWrittenEndNodeRun : HandWrittenNodeEvent
{
    public JsonElement? RunOutput { get; set; }
}

public sealed class HandWrittenUserMessages : HandWrittenNodeEvent
{
    public List<JsonElement>? Messages { get; set; }
}

public sealed class HandWrittenAssistantResponse : HandWrittenNodeEvent
{
    public string? Content { get; set; }

    public JsonElement? ResponseMetadata { get; set; }

    public HandWrittenLlmUsage? LlmUsageInfo { get; set; }
}

public sealed class HandWrittenLlmUsage
{
    public string? ResponseModel { get; set; }

    public string? NamedLlmConfigId { get; set; }

    public string? NamedLlmConfigName { get; set; }

    public string? Provider { get; set; }

    public JsonElement? AiMessageTurnId { get; set; }

    public string? LlmResponseId { get; set; }

    public bool? UsedUserApiKey { get; set; }

    public List<string>? FinishReason { get; set; }

    public bool? WasStreamed { get; set; }

    public bool? WasEstimated { get; set; }

    public JsonElement? StructuredOutputRetryMetadata { get; set; }

    public long? PromptTokens { get; set; }

    public long? CompletionTokens { get; set; }

    public long? TotalTokens { get; set; }

    public double? ResponseLatencyMilliseconds { get; set; }
}

public sealed class HandWrittenBusyWait : HandWrittenNodeEvent
{
}

public sealed class HandWrittenShowState : HandWrittenEvent
{
    public string? ThreadId { get; set; }

    public JsonElement? RuntimeVariables { get; set; }

    public JsonElement? WorkflowRuntimeVariables { get; set; }
}

public sealed class HandWrittenIterationEnd : HandWrittenEvent
{
    public int? IterationNumber { get; set; }

    public JsonElement? RunInputOutputPair { get; set; }

    public HandWrittenIterationMetrics? IterationMetrics { get; set; }
}

public sealed class HandWrittenIterationMetrics
{
    public double? EndToEndLatencyMilliseconds { get; set; }

    public int? NodesExecutedCount { get; set; }

    public int? LlmCallCount { get; set; }

    public int? ToolCallCount { get; set; }
}

public sealed class HandWrittenReadyForInput : HandWrittenEvent
{
    public List<string>? ActiveCompanionThreadIds { get; set; }
}

/// <summary>A turn answer read by hand; it keeps its document alive, since the events are views into it.</summary>
public sealed class HandWrittenDocumentTurn
{
    public HandWrittenDocumentTurn(JsonDocument document) => Document = document;

    /// <summary>Owned by the turn and not disposed, so events stay usable after the call, as the SDK's do.</summary>
    public JsonDocument Document { get; }

    public string? RunId { get; set; }

    public string? Status { get; set; }

    public int? TurnNumber { get; set; }

    public List<HandWrittenEvent> Events { get; } = new();

    public bool? IsWaitingForInput { get; set; }

    public bool? IsCompleted { get; set; }

    public string? Error { get; set; }

    public JsonElement? NextInputHint { get; set; }

    public bool? HasBackgroundWork { get; set; }

    public bool? HasActiveCompanions { get; set; }
}
