using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary><c>start_workflow</c>: the run began.</summary>
public sealed class StartWorkflowEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public StartWorkflowEvent()
        : base(InteractlyEventTypes.StartWorkflow)
    {
    }
}

/// <summary><c>end_workflow</c>: every thread finished; the run is truly complete.</summary>
public sealed class EndWorkflowEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public EndWorkflowEvent()
        : base(InteractlyEventTypes.EndWorkflow)
    {
    }

    private RawJsonField _llmTokenUsage;

    /// <summary>Token usage of the whole run.</summary>
    [JsonPropertyName("llm_token_usage")]
    public JsonElement? LlmTokenUsage
    {
        get => _llmTokenUsage.Get(RawJson, "llm_token_usage");
        set => _llmTokenUsage.Set(value);
    }

    private RawJsonField _llmLatencyStats;

    /// <summary>LLM latency statistics of the whole run.</summary>
    [JsonPropertyName("llm_latency_stats")]
    public JsonElement? LlmLatencyStats
    {
        get => _llmLatencyStats.Get(RawJson, "llm_latency_stats");
        set => _llmLatencyStats.Set(value);
    }
}

/// <summary><c>end_workflow_iteration</c>: bookkeeping at the end of a turn. It does not mean the user's turn has come.</summary>
public sealed class EndWorkflowIterationEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public EndWorkflowIterationEvent()
        : base(InteractlyEventTypes.EndWorkflowIteration)
    {
    }

    /// <summary>The iteration (turn) that ended.</summary>
    [JsonPropertyName("iteration_number")]
    public int? IterationNumber { get; set; }

    /// <summary>The turn's input and output as the run record stores them.</summary>
    [JsonPropertyName("run_input_output_pair")]
    public WorkflowRunInputOutputPair? RunInputOutputPair { get; set; }

    private RawJsonValue<IterationMetrics> _iterationMetrics;

    /// <summary>Counts and latencies of the iteration.</summary>
    [JsonPropertyName("iteration_metrics")]
    public IterationMetrics? IterationMetrics
    {
        get => _iterationMetrics.Get(RawJson, "iteration_metrics", InteractlyJsonContext.Default.IterationMetrics);
        set => _iterationMetrics.Set(value);
    }
}

/// <summary><c>workflow_ready_for_input</c>: the main threads settled; the next user message is accepted.</summary>
public sealed class WorkflowReadyForInputEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public WorkflowReadyForInputEvent()
        : base(InteractlyEventTypes.WorkflowReadyForInput)
    {
    }

    private RawJsonValue<IReadOnlyList<string>> _activeCompanionThreadIds;

    /// <summary>Companion threads still working in the background.</summary>
    [JsonPropertyName("active_companion_thread_ids")]
    public IReadOnlyList<string>? ActiveCompanionThreadIds
    {
        get => _activeCompanionThreadIds.Get(RawJson, "active_companion_thread_ids", InteractlyJsonContext.Default.IReadOnlyListString);
        set => _activeCompanionThreadIds.Set(value);
    }
}

/// <summary><c>workflow_error</c>: the run terminated with an error.</summary>
public sealed class WorkflowErrorEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public WorkflowErrorEvent()
        : base(InteractlyEventTypes.WorkflowError)
    {
    }

    /// <summary>What went wrong.</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; set; }

    /// <summary>The server-side stack trace, when sent.</summary>
    [JsonPropertyName("stack_trace")]
    public string? StackTrace { get; set; }

    private RawJsonField _llmTokenUsage;

    /// <summary>Token usage up to the failure.</summary>
    [JsonPropertyName("llm_token_usage")]
    public JsonElement? LlmTokenUsage
    {
        get => _llmTokenUsage.Get(RawJson, "llm_token_usage");
        set => _llmTokenUsage.Set(value);
    }

    private RawJsonField _llmLatencyStats;

    /// <summary>LLM latency statistics up to the failure.</summary>
    [JsonPropertyName("llm_latency_stats")]
    public JsonElement? LlmLatencyStats
    {
        get => _llmLatencyStats.Get(RawJson, "llm_latency_stats");
        set => _llmLatencyStats.Set(value);
    }
}

/// <summary><c>workflow_warning</c>: a non-fatal problem.</summary>
public sealed class WorkflowWarningEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public WorkflowWarningEvent()
        : base(InteractlyEventTypes.WorkflowWarning)
    {
    }

    /// <summary>The warning.</summary>
    [JsonPropertyName("warning_message")]
    public string? WarningMessage { get; set; }
}

/// <summary><c>workflow_debug_log</c>: diagnostics.</summary>
public sealed class WorkflowDebugLogEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public WorkflowDebugLogEvent()
        : base(InteractlyEventTypes.WorkflowDebugLog)
    {
    }

    private RawJsonValue<IReadOnlyList<string>> _chatHistory;

    /// <summary>The chat history at this point, one line per message.</summary>
    [JsonPropertyName("chat_history")]
    public IReadOnlyList<string>? ChatHistory
    {
        get => _chatHistory.Get(RawJson, "chat_history", InteractlyJsonContext.Default.IReadOnlyListString);
        set => _chatHistory.Set(value);
    }

    /// <summary>The diagnostic text.</summary>
    [JsonPropertyName("debug_message")]
    public string? DebugMessage { get; set; }
}

/// <summary><c>workflow_show_state</c>: a snapshot of a thread's state.</summary>
public sealed class WorkflowShowStateEvent : InteractlyEvent
{
    /// <summary>Creates the event.</summary>
    public WorkflowShowStateEvent()
        : base(InteractlyEventTypes.WorkflowShowState)
    {
    }

    /// <summary>The thread shown.</summary>
    [JsonPropertyName("thread_id")]
    public string? ThreadId { get; set; }

    private RawJsonField _runtimeVariables;

    /// <summary>The thread's runtime variables.</summary>
    [JsonPropertyName("runtime_variables")]
    public JsonElement? RuntimeVariables
    {
        get => _runtimeVariables.Get(RawJson, "runtime_variables");
        set => _runtimeVariables.Set(value);
    }

    private RawJsonField _workflowRuntimeVariables;

    /// <summary>The workflow-wide runtime variables.</summary>
    [JsonPropertyName("workflow_runtime_variables")]
    public JsonElement? WorkflowRuntimeVariables
    {
        get => _workflowRuntimeVariables.Get(RawJson, "workflow_runtime_variables");
        set => _workflowRuntimeVariables.Set(value);
    }

    /// <summary>This event names its thread in <see cref="ThreadId"/>, so the display id comes from there.</summary>
    internal override string? ThreadIdForReference => ThreadId ?? OriginThreadId;
}

/// <summary><c>workflow_navigation_message</c>: a node's navigation message.</summary>
public sealed class WorkflowNavigationMessageEvent : NodeEvent
{
    /// <summary>Creates the event.</summary>
    public WorkflowNavigationMessageEvent()
        : base(InteractlyEventTypes.WorkflowNavigationMessage)
    {
    }

    private RawJsonField _message;

    /// <summary>The message, kept as sent: a string, a message object, or any other JSON value.</summary>
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
