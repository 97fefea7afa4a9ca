using System.Collections.Generic;
using System.Text.Json;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>Walks a turn answer's <see cref="JsonDocument"/> once, reading each event by its <c>type</c>.</summary>
internal static class HandWrittenDocumentReader
{
    public static HandWrittenDocumentTurn Read(JsonDocument document)
    {
        var root = document.RootElement;
        var turn = new HandWrittenDocumentTurn(document)
        {
            RunId = String(root, "run_id"),
            Status = String(root, "status"),
            TurnNumber = Int(root, "turn_number"),
            IsWaitingForInput = Bool(root, "is_waiting_for_input"),
            IsCompleted = Bool(root, "is_completed"),
            Error = String(root, "error"),
            NextInputHint = Element(root, "next_input_hint"),
            HasBackgroundWork = Bool(root, "has_background_work"),
            HasActiveCompanions = Bool(root, "has_active_companions"),
        };
        if (root.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in events.EnumerateArray())
            {
                turn.Events.Add(ReadEvent(element));
            }
        }

        return turn;
    }

    private static HandWrittenEvent ReadEvent(JsonElement element)
    {
        var type = String(element, "type");
        HandWrittenEvent read = type switch
        {
            "start_node_run" => Node(new HandWrittenStartNodeRun { RunInput = Element(element, "run_input") }, element),
            "end_node_run" => Node(new HandWrittenEndNodeRun { RunOutput = Element(element, "run_output") }, element),
            "user_messages" => Node(new HandWrittenUserMessages { Messages = Elements(element, "messages") }, element),
            "assistant_response" => Node(
                new HandWrittenAssistantResponse
                {
                    Content = String(element, "content"),
                    ResponseMetadata = Element(element, "response_metadata"),
                    LlmUsageInfo = Usage(element),
                },
                element),
            "busy_wait_for_user_message" => Node(new HandWrittenBusyWait(), element),
            "workflow_show_state" => new HandWrittenShowState
            {
                ThreadId = String(element, "thread_id"),
                RuntimeVariables = Element(element, "runtime_variables"),
                WorkflowRuntimeVariables = Element(element, "workflow_runtime_variables"),
            },
            "end_workflow_iteration" => new HandWrittenIterationEnd
            {
                IterationNumber = Int(element, "iteration_number"),
                RunInputOutputPair = Element(element, "run_input_output_pair"),
                IterationMetrics = Metrics(element),
            },
            "workflow_ready_for_input" => new HandWrittenReadyForInput { ActiveCompanionThreadIds = Strings(element, "active_companion_thread_ids") },
            _ => new HandWrittenEvent(),
        };
        read.Type = type;
        read.LogicalId = String(element, "logical_id");
        read.Timestamp = Double(element, "timestamp");
        read.OriginThreadId = String(element, "origin_thread_id");
        read.ThreadReferenceId = String(element, "thread_reference_id");
        read.Comments = Comments(element);
        read.Interrupted = Bool(element, "interrupted");
        read.Raw = element;
        return read;
    }

    private static HandWrittenNodeEvent Node(HandWrittenNodeEvent read, JsonElement element)
    {
        read.OriginNodeLogicalId = String(element, "origin_node_logical_id");
        read.OriginNodeName = String(element, "origin_node_name");
        read.OriginNodeRunId = String(element, "origin_node_run_id");
        return read;
    }

    private static HandWrittenLlmUsage? Usage(JsonElement element)
    {
        if (!element.TryGetProperty("llm_usage_info", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new HandWrittenLlmUsage
        {
            ResponseModel = String(usage, "response_model"),
            NamedLlmConfigId = String(usage, "named_llm_config_id"),
            NamedLlmConfigName = String(usage, "named_llm_config_name"),
            Provider = String(usage, "provider"),
            AiMessageTurnId = Element(usage, "ai_message_turn_id"),
            LlmResponseId = String(usage, "llm_response_id"),
            UsedUserApiKey = Bool(usage, "used_user_api_key"),
            FinishReason = Strings(usage, "finish_reason"),
            WasStreamed = Bool(usage, "was_streamed"),
            WasEstimated = Bool(usage, "was_estimated"),
            StructuredOutputRetryMetadata = Element(usage, "structured_output_retry_metadata"),
            PromptTokens = Long(usage, "prompt_tokens"),
            CompletionTokens = Long(usage, "completion_tokens"),
            TotalTokens = Long(usage, "total_tokens"),
            ResponseLatencyMilliseconds = Double(usage, "response_latency_milliseconds"),
        };
    }

    private static HandWrittenIterationMetrics? Metrics(JsonElement element)
    {
        if (!element.TryGetProperty("iteration_metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new HandWrittenIterationMetrics
        {
            EndToEndLatencyMilliseconds = Double(metrics, "e2e_latency_milliseconds"),
            NodesExecutedCount = Int(metrics, "nodes_executed_count"),
            LlmCallCount = Int(metrics, "llm_call_count"),
            ToolCallCount = Int(metrics, "tool_call_count"),
        };
    }

    private static List<HandWrittenComment>? Comments(JsonElement element)
    {
        if (!element.TryGetProperty("comments", out var comments) || comments.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<HandWrittenComment>(comments.GetArrayLength());
        foreach (var comment in comments.EnumerateArray())
        {
            list.Add(new HandWrittenComment
            {
                LogicalId = String(comment, "logical_id"),
                Content = String(comment, "content"),
                CreatedBy = String(comment, "createdBy"),
                UpdatedBy = String(comment, "updatedBy"),
                CreatedAt = comment.TryGetProperty("createdAt", out var created) && created.TryGetDateTimeOffset(out var c) ? c : null,
                UpdatedAt = comment.TryGetProperty("updatedAt", out var updated) && updated.TryGetDateTimeOffset(out var u) ? u : null,
            });
        }

        return list;
    }

    private static List<JsonElement>? Elements(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<JsonElement>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            list.Add(item);
        }

        return list;
    }

    private static List<string>? Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
        }

        return list;
    }

    private static JsonElement? Element(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static long? Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private static double? Double(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static bool? Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
