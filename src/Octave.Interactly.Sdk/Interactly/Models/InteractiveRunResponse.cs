using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Events;

namespace Octave.Interactly.Sdk;

/// <summary>The answer to one turn (execute) or one pump of background work.</summary>
/// <remarks>
/// An answer read from the API is one JSON document, parsed once: every event's <see cref="InteractlyEvent.RawJson"/>,
/// the events' raw-JSON properties, <see cref="NextInputHint"/> and <see cref="AdditionalProperties"/> are views into
/// it, and the events' nested properties are read from it on first use. The response owns that document
/// and nothing disposes it, so the events and every <see cref="JsonElement"/> taken from them stay valid for as long
/// as they are referenced: after the turn returned, after the HTTP response is gone, across threads.
/// </remarks>
public sealed class InteractiveRunResponse : IJsonOnDeserialized
{
    private RawJsonField _nextInputHint;

    /// <summary>The run's id: echo it on every later turn.</summary>
    [JsonPropertyName("run_id")]
    public string RunId { get; set; } = string.Empty;

    /// <summary>The run's status after this turn.</summary>
    [JsonPropertyName("status")]
    public InteractlyRunStatus Status { get; set; }

    /// <summary>The 1-based index of this turn.</summary>
    [JsonPropertyName("turn_number")]
    public int TurnNumber { get; set; }

    /// <summary>Every runtime event emitted during this turn, in order; empty (never null) when the server sends none.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<InteractlyEvent> Events { get; set; } = Array.Empty<InteractlyEvent>();

    /// <summary>True when the workflow is parked and expects another turn with user input.</summary>
    [JsonPropertyName("is_waiting_for_input")]
    public bool IsWaitingForInput { get; set; }

    /// <summary>True when the run is over: send no further turns.</summary>
    [JsonPropertyName("is_completed")]
    public bool IsCompleted { get; set; }

    /// <summary>Why the run failed, when <see cref="Status"/> is <c>failed</c>.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; set; }

    /// <summary>
    /// What the workflow is waiting for, as sent: normally the payload of the <c>busy_wait_for_user_message</c>
    /// event. Kept as JSON because its shape is not settled; see <see cref="GetBusyWaitHint"/> for a typed view.
    /// </summary>
    [JsonPropertyName("next_input_hint")]
    public JsonElement? NextInputHint
    {
        get => _nextInputHint.Get(RawJson, "next_input_hint");
        set => _nextInputHint.Set(value);
    }

    /// <summary>True while companions or waiting-evaluations are pending and the run should be pumped.</summary>
    [JsonPropertyName("has_background_work")]
    public bool HasBackgroundWork { get; set; }

    /// <summary>The older, narrower form of <see cref="HasBackgroundWork"/>.</summary>
    [JsonPropertyName("has_active_companions")]
    public bool HasActiveCompanions { get; set; }

    /// <summary>The whole answer as read by <see cref="InteractiveRunResponseReader"/>; undefined otherwise.</summary>
    [JsonIgnore]
    internal JsonElement RawJson { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// <see cref="NextInputHint"/> read as a busy-wait event (which node is waiting), or null when there is no hint
    /// or it is not an object of that shape.
    /// </summary>
    /// <returns>The typed hint, or null.</returns>
    public BusyWaitForUserMessageEvent? GetBusyWaitHint() => BusyWaitHintReader.Read(NextInputHint);

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => Events ??= Array.Empty<InteractlyEvent>();

    /// <summary>The texts of this response's <c>assistant_response</c> events, in order.</summary>
    /// <returns>The assistant's messages.</returns>
    public IReadOnlyList<string> GetAssistantMessages() => AssistantTexts.From(Events);
}
