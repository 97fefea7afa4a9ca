using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// Reads an event by its <c>type</c> into the matching class, using source-generated metadata only (AOT-safe;
/// see <see cref="EventFieldReader"/>).
/// Unlike the built-in polymorphism it accepts <c>type</c> anywhere in the object and falls back to
/// <see cref="UnknownEvent"/> for a type it does not know. A known type keeps its class even when some of its
/// fields have an unexpected JSON type: those properties stay unset and their values stay in
/// <see cref="InteractlyEvent.RawJson"/>, so one odd field never costs the typed event, let alone the turn.
/// A frame without a <c>type</c> (the WebSocket run acknowledgement) reads as <see cref="RunAckEvent"/>.
/// Every event keeps its original JSON; writing an event that has it writes that JSON back verbatim.
/// </summary>
internal sealed class InteractlyEventConverter : JsonConverter<InteractlyEvent>
{
    /// <summary>Which class each wire type is read into. Adding an event type is one line here.</summary>
    internal static readonly IReadOnlyDictionary<string, Type> TypesByName = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [InteractlyEventTypes.StartWorkflow] = typeof(StartWorkflowEvent),
        [InteractlyEventTypes.EndWorkflow] = typeof(EndWorkflowEvent),
        [InteractlyEventTypes.EndWorkflowIteration] = typeof(EndWorkflowIterationEvent),
        [InteractlyEventTypes.WorkflowReadyForInput] = typeof(WorkflowReadyForInputEvent),
        [InteractlyEventTypes.WorkflowError] = typeof(WorkflowErrorEvent),
        [InteractlyEventTypes.WorkflowWarning] = typeof(WorkflowWarningEvent),
        [InteractlyEventTypes.WorkflowDebugLog] = typeof(WorkflowDebugLogEvent),
        [InteractlyEventTypes.WorkflowShowState] = typeof(WorkflowShowStateEvent),
        [InteractlyEventTypes.WorkflowNavigationMessage] = typeof(WorkflowNavigationMessageEvent),
        [InteractlyEventTypes.StartThread] = typeof(StartThreadEvent),
        [InteractlyEventTypes.EndThread] = typeof(EndThreadEvent),
        [InteractlyEventTypes.PauseThread] = typeof(PauseThreadEvent),
        [InteractlyEventTypes.StartNodeRun] = typeof(StartNodeRunEvent),
        [InteractlyEventTypes.EndNodeRun] = typeof(EndNodeRunEvent),
        [InteractlyEventTypes.UserMessages] = typeof(UserMessagesEvent),
        [InteractlyEventTypes.AssistantResponse] = typeof(AssistantResponseEvent),
        [InteractlyEventTypes.BusyWaitForUserMessage] = typeof(BusyWaitForUserMessageEvent),
        [InteractlyEventTypes.PauseEvent] = typeof(PauseNodeEvent),
        [InteractlyEventTypes.ForceTransferToNode] = typeof(ForceTransferToNodeEvent),
        [InteractlyEventTypes.Llm] = typeof(LlmEvent),
        [InteractlyEventTypes.SayLlm] = typeof(SayLlmEvent),
        [InteractlyEventTypes.WorkerLlm] = typeof(WorkerLlmEvent),
        [InteractlyEventTypes.ConditionEvaluatorLlm] = typeof(ConditionEvaluatorLlmEvent),
        [InteractlyEventTypes.DiscardedMainLlm] = typeof(DiscardedMainLlmEvent),
        [InteractlyEventTypes.SayStatic] = typeof(SayStaticEvent),
        [InteractlyEventTypes.DirectEdge] = typeof(DirectEdgeEvent),
        [InteractlyEventTypes.SelfLoopEdge] = typeof(SelfLoopEdgeEvent),
        [InteractlyEventTypes.CompanionEdge] = typeof(CompanionEdgeEvent),
        [InteractlyEventTypes.ConditionalEdge] = typeof(ConditionalEdgeEvent),
        [InteractlyEventTypes.ReverseConditionalEdge] = typeof(ReverseConditionalEdgeEvent),
        [InteractlyEventTypes.GuardrailEscalationEdge] = typeof(GuardrailEscalationEdgeEvent),
        [InteractlyEventTypes.SelfLoopDelay] = typeof(SelfLoopDelayEvent),
        [InteractlyEventTypes.SelfLoopExhausted] = typeof(SelfLoopExhaustedEvent),
        [InteractlyEventTypes.NodeExpired] = typeof(NodeExpiredEvent),
        [InteractlyEventTypes.WaitingConditionMatched] = typeof(WaitingConditionMatchedEvent),
        [InteractlyEventTypes.CompanionStepBoundary] = typeof(CompanionStepBoundaryEvent),
        [InteractlyEventTypes.WaitingEvaluationBoundary] = typeof(WaitingEvaluationBoundaryEvent),
        [InteractlyEventTypes.HttpRequest] = typeof(HttpRequestEvent),
        [InteractlyEventTypes.SendSms] = typeof(SendSmsEvent),
        [InteractlyEventTypes.StartConversation] = typeof(StartConversationEvent),
        [InteractlyEventTypes.EndConversation] = typeof(EndConversationEvent),
        [InteractlyEventTypes.GoogleDocsCreateDocument] = typeof(GoogleDocsCreateDocumentEvent),
        [InteractlyEventTypes.GoogleDocsGetDocument] = typeof(GoogleDocsGetDocumentEvent),
        [InteractlyEventTypes.GoogleDocsUpdateDocument] = typeof(GoogleDocsUpdateDocumentEvent),
        [InteractlyEventTypes.Athena] = typeof(AthenaEvent),
        [InteractlyEventTypes.RunAck] = typeof(RunAckEvent),
    };

    /// <summary>The field reader of each event class, made on first use (keyed by class, so unknown wire types add nothing).</summary>
    private static readonly ConcurrentDictionary<Type, EventFieldReader> FieldReaders = new();

    public override InteractlyEvent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        // One copy of the event's bytes, into a document no one disposes: the event and its views may outlive the reader.
        var element = JsonElement.ParseValue(ref reader);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"An Interactly event must be a JSON object; got {element.ValueKind}.");
        }

        return FromElement(element);
    }

    public override void Write(Utf8JsonWriter writer, InteractlyEvent value, JsonSerializerOptions options)
    {
        if (value.RawJson.ValueKind != JsonValueKind.Undefined)
        {
            value.RawJson.WriteTo(writer);
            return;
        }

        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }

    /// <summary>
    /// Reads the event <paramref name="element"/> (a JSON object) as a view: <see cref="InteractlyEvent.RawJson"/> is the
    /// element itself and the raw-JSON properties view it (<see cref="InteractlyViewContract"/>), so the event holds
    /// no copy of its JSON and stays valid as long as the element's document does.
    /// </summary>
    internal static InteractlyEvent FromElement(JsonElement element)
    {
        var type = TypeOf(element);
        var eventClass = TypesByName.TryGetValue(type, out var known) ? known : typeof(UnknownEvent);
        var result = FieldReaders.GetOrAdd(eventClass, static someClass => EventFieldReader.For(someClass)).Read(element);
        result.Type = type;
        result.RawJson = element;
        return result;
    }

    /// <summary>
    /// The wire type. A missing, null or empty <c>type</c> is the run acknowledgement frame, as the official SDK reads
    /// it; a <c>type</c> that is not a string names nothing and reads as an unknown event with an empty type.
    /// </summary>
    private static string TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("type", out var typeProperty) || typeProperty.ValueKind == JsonValueKind.Null)
        {
            return InteractlyEventTypes.RunAck;
        }

        if (typeProperty.ValueKind != JsonValueKind.String)
        {
            return string.Empty;
        }

        var type = typeProperty.GetString();
        return string.IsNullOrEmpty(type) ? InteractlyEventTypes.RunAck : type!;
    }
}
