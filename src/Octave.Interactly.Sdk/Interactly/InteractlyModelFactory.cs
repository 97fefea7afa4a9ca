using System;
using System.Collections.Generic;
using System.Text.Json;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Builds Interactly response models and events for your own tests (for example to fake <see cref="IInteractlyApi"/>).
/// The models also have public constructors and setters; this factory adds the parts those cannot reach, such as
/// an event's raw JSON, and sensible defaults.
/// </summary>
public static class InteractlyModelFactory
{
    /// <summary>An answer to a turn.</summary>
    /// <param name="runId">The run id.</param>
    /// <param name="status">The status; <c>waiting_for_user_input</c> when null.</param>
    /// <param name="turnNumber">The turn number.</param>
    /// <param name="events">The turn's events.</param>
    /// <param name="isWaitingForInput">Whether the workflow waits for input; derived from the status when null.</param>
    /// <param name="isCompleted">Whether the run is over; derived from the status when null.</param>
    /// <param name="error">The error of a failed run.</param>
    /// <param name="hasBackgroundWork">Whether background work is pending.</param>
    /// <param name="nextInputHint">The hint, as JSON.</param>
    /// <returns>The response.</returns>
    public static InteractiveRunResponse InteractiveRunResponse(
        string runId,
        InteractlyRunStatus? status = null,
        int turnNumber = 1,
        IEnumerable<InteractlyEvent>? events = null,
        bool? isWaitingForInput = null,
        bool? isCompleted = null,
        string? error = null,
        bool hasBackgroundWork = false,
        JsonElement? nextInputHint = null)
    {
        var actual = status ?? InteractlyRunStatus.WaitingForUserInput;
        return new InteractiveRunResponse
        {
            RunId = runId,
            Status = actual,
            TurnNumber = turnNumber,
            Events = events is null ? Array.Empty<InteractlyEvent>() : new List<InteractlyEvent>(events),
            IsWaitingForInput = isWaitingForInput ?? actual == InteractlyRunStatus.WaitingForUserInput,
            IsCompleted = isCompleted ?? actual.IsTerminal,
            Error = error,
            HasBackgroundWork = hasBackgroundWork,
            HasActiveCompanions = hasBackgroundWork,
            NextInputHint = nextInputHint,
        };
    }

    /// <summary>An <c>assistant_response</c> event.</summary>
    /// <param name="content">The text for the user.</param>
    /// <param name="originThreadId">The emitting thread; the main thread by default.</param>
    /// <param name="timestamp">Unix seconds; none when null.</param>
    /// <returns>The event.</returns>
    public static AssistantResponseEvent AssistantResponseEvent(string content, string? originThreadId = WorkflowRunInput.MainThreadId, double? timestamp = null) =>
        new()
        {
            Content = content,
            OriginThreadId = originThreadId,
            Timestamp = timestamp,
            LogicalId = "event_" + Guid.NewGuid().ToString("N"),
        };

    /// <summary>A <c>busy_wait_for_user_message</c> event.</summary>
    /// <param name="nodeLogicalId">The waiting node.</param>
    /// <param name="nodeName">Its display name.</param>
    /// <returns>The event.</returns>
    public static BusyWaitForUserMessageEvent BusyWaitForUserMessageEvent(string? nodeLogicalId = null, string? nodeName = null) =>
        new()
        {
            OriginNodeLogicalId = nodeLogicalId,
            OriginNodeName = nodeName,
            OriginThreadId = WorkflowRunInput.MainThreadId,
            LogicalId = "event_" + Guid.NewGuid().ToString("N"),
        };

    /// <summary>A <c>workflow_error</c> event.</summary>
    /// <param name="errorMessage">What went wrong.</param>
    /// <returns>The event.</returns>
    public static WorkflowErrorEvent WorkflowErrorEvent(string errorMessage) =>
        new() { ErrorMessage = errorMessage, LogicalId = "event_" + Guid.NewGuid().ToString("N") };

    /// <summary>An <c>end_workflow</c> event.</summary>
    /// <returns>The event.</returns>
    public static EndWorkflowEvent EndWorkflowEvent() => new() { LogicalId = "event_" + Guid.NewGuid().ToString("N") };

    /// <summary>Reads an event from its JSON exactly as the SDK does, raw JSON kept.</summary>
    /// <param name="json">One event object.</param>
    /// <returns>The typed event, or an <see cref="UnknownEvent"/>.</returns>
    public static InteractlyEvent EventFromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("An event must be a JSON object.", nameof(json));
        }

        // A pooled parse, then one copy the event keeps.
        return InteractlyEventConverter.FromElement(document.RootElement.Clone());
    }

    /// <summary>An event of a type the SDK does not know, with its JSON.</summary>
    /// <param name="type">The wire type.</param>
    /// <param name="rawJson">The whole event object; <c>{"type": …}</c> when null.</param>
    /// <returns>The event.</returns>
    public static UnknownEvent UnknownEvent(string type, string? rawJson = null)
    {
        var json = rawJson ?? "{\"type\":" + JsonSerializer.Serialize(type, InteractlyJsonContext.Default.String) + "}";
        using var document = JsonDocument.Parse(json);
        return new UnknownEvent(type) { RawJson = document.RootElement.Clone() };
    }

    /// <summary>A session turn built from responses, as <see cref="InteractlySession"/> would record it.</summary>
    /// <param name="response">The answer to the execute call.</param>
    /// <param name="pumpResponses">Answers of pumps that followed.</param>
    /// <param name="userMessage">The user's message.</param>
    /// <returns>The turn.</returns>
    public static InteractlyTurn InteractlyTurn(
        InteractiveRunResponse response, IReadOnlyList<InteractiveRunResponse>? pumpResponses = null, string? userMessage = null) =>
        new(response, pumpResponses, userMessage);
}
