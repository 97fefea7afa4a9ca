using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Events;

namespace Octave.Interactly.Sdk.Serialization;

/// <summary>
/// The contract events and turn answers are read with once their JSON is a <see cref="JsonDocument"/>: the
/// source-generated metadata of <see cref="InteractlyJsonContext"/> (AOT-safe), except that it does not read the
/// properties that would copy part of that document into a new document of their own, nor the ones the readers set
/// themselves. Those are left unset, and their getters view the document instead, or read it on first use:
/// the raw-JSON and nested properties of events (see <see cref="ReadOnFirstUse"/>), the fields every event carries
/// (see <see cref="CommonFieldsReadOnFirstUse"/>), an event's <c>type</c>
/// (<see cref="InteractlyEventConverter"/> sets it from the element), and a turn answer's <c>events</c> and
/// <c>next_input_hint</c> (<see cref="InteractiveRunResponseReader"/>). Writing keeps using the ordinary context.
/// </summary>
internal static class InteractlyViewContract
{
    private const string TypeField = "type";
    private const string EventsField = "events";
    private const string NextInputHintField = "next_input_hint";

    /// <summary>
    /// The types of the event properties that are not read with the event: JSON kept as sent (views, see
    /// <see cref="RawJsonField"/>) and nested objects and lists (read on first use, see <see cref="RawJsonValue{T}"/>).
    /// Every event property of one of these types is backed that way; a test holds each to it.
    /// </summary>
    internal static readonly HashSet<Type> ReadOnFirstUse = new()
    {
        typeof(JsonElement?),
        typeof(IReadOnlyList<JsonElement>),
        typeof(IReadOnlyList<InteractlyComment>),
        typeof(IReadOnlyList<string>),
        typeof(LlmUsageInfo),
        typeof(IterationMetrics),
    };

    /// <summary>
    /// The fields every event (or every node event) carries, by wire name: its id, time, thread and node. Backed by
    /// <see cref="RawJsonValue{T}"/>, read on first use; a test holds each to it.
    /// </summary>
    internal static readonly HashSet<string> CommonFieldsReadOnFirstUse = new(StringComparer.Ordinal)
    {
        "logical_id",
        "timestamp",
        "origin_thread_id",
        "thread_reference_id",
        "origin_node_logical_id",
        "origin_node_name",
        "origin_node_run_id",
    };

    /// <summary>The options to read with: the ordinary ones, with the resolver modified as above.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Metadata of a turn answer that leaves <c>events</c> and <c>next_input_hint</c> to the reader.</summary>
    public static JsonTypeInfo<InteractiveRunResponse> InteractiveRunResponse { get; } =
        (JsonTypeInfo<InteractiveRunResponse>)Options.GetTypeInfo(typeof(InteractiveRunResponse));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(InteractlyJsonContext.Default.Options)
        {
            TypeInfoResolver = InteractlyJsonContext.Default.WithAddedModifier(LeaveViewsUnread),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void LeaveViewsUnread(JsonTypeInfo typeInfo)
    {
        if (typeof(InteractlyEvent).IsAssignableFrom(typeInfo.Type))
        {
            foreach (var property in typeInfo.Properties)
            {
                if (property.Name == TypeField || ReadOnFirstUse.Contains(property.PropertyType) || CommonFieldsReadOnFirstUse.Contains(property.Name))
                {
                    property.Set = null;
                }
            }
        }
        else if (typeInfo.Type == typeof(InteractiveRunResponse))
        {
            foreach (var property in typeInfo.Properties)
            {
                if (property.Name is EventsField or NextInputHintField)
                {
                    property.Set = null;
                }
            }
        }
    }

}
