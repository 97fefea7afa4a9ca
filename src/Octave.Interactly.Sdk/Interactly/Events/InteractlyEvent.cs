using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// A runtime event from an Interactly turn (an item of <c>events[]</c>). Each known <c>type</c> has its own class;
/// any other becomes an <see cref="UnknownEvent"/>. Every event read from the wire keeps its original JSON in
/// <see cref="RawJson"/>, so fields this SDK does not model are never lost.
/// </summary>
public abstract class InteractlyEvent
{
    /// <summary>Creates an event of the given type.</summary>
    /// <param name="type">The wire discriminator.</param>
    protected InteractlyEvent(string type) => Type = type;

    private RawJsonValue<string> _logicalId;
    private RawJsonValue<double?> _timestamp;
    private RawJsonValue<string> _originThreadId;
    private RawJsonValue<string> _threadReferenceId;

    /// <summary>The discriminator, e.g. <c>assistant_response</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; }

    /// <summary>The event's id, <c>event_&lt;uuid&gt;</c>.</summary>
    [JsonPropertyName("logical_id")]
    public string? LogicalId
    {
        get => _logicalId.Get(RawJson, "logical_id", RawJsonReaders.Text);
        set => _logicalId.Set(value);
    }

    /// <summary>When the event happened, as float Unix seconds (UTC), exactly as sent.</summary>
    [JsonPropertyName("timestamp")]
    public double? Timestamp
    {
        get => _timestamp.Get(RawJson, "timestamp", RawJsonReaders.Number);
        set => _timestamp.Set(value);
    }

    /// <summary>The thread that emitted it: <c>"0"</c> is the main thread; companions look like <c>0_companion_&lt;id&gt;</c>.</summary>
    [JsonPropertyName("origin_thread_id")]
    public string? OriginThreadId
    {
        get => _originThreadId.Get(RawJson, "origin_thread_id", RawJsonReaders.Text);
        set => _originThreadId.Set(value);
    }

    /// <summary>
    /// The display id of the event's thread: <c>"0"</c> for the main thread, or a companion's configured id. The
    /// server's value when it sends one; otherwise derived from <see cref="OriginThreadId"/> (for
    /// <see cref="WorkflowShowStateEvent"/>, from the thread it shows), as the official SDK derives it.
    /// </summary>
    [JsonPropertyName("thread_reference_id")]
    public string? ThreadReferenceId
    {
        get => _threadReferenceId.Get(RawJson, "thread_reference_id", RawJsonReaders.Text) ?? ThreadReference.FromThreadId(ThreadIdForReference);
        set => _threadReferenceId.Set(value);
    }

    private RawJsonValue<IReadOnlyList<InteractlyComment>> _comments;

    /// <summary>Comments attached to the event.</summary>
    [JsonPropertyName("comments")]
    public IReadOnlyList<InteractlyComment>? Comments
    {
        get => _comments.Get(RawJson, "comments", InteractlyJsonContext.Default.IReadOnlyListInteractlyComment);
        set => _comments.Set(value);
    }

    /// <summary>True when a voice barge-in interrupted the event.</summary>
    [JsonPropertyName("interrupted")]
    public bool? Interrupted { get; set; }

    /// <summary><see cref="Timestamp"/> as a <see cref="DateTimeOffset"/> (millisecond precision), or null when absent.</summary>
    [JsonIgnore]
    public DateTimeOffset? OccurredAt =>
        Timestamp is { } seconds && !double.IsNaN(seconds) && Math.Abs(seconds) < 253402300799
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000))
            : null;

    /// <summary>True when the event came from the main thread <c>"0"</c> (or names no thread).</summary>
    [JsonIgnore]
    public bool IsFromMainThread => OriginThreadId is null || OriginThreadId == WorkflowRunInput.MainThreadId;

    /// <summary>
    /// The event's original JSON as received. Undefined for an event built in code. When set, serializing the
    /// event writes this JSON verbatim.
    /// </summary>
    /// <remarks>
    /// An event of a turn answer is a view into the one JSON document of that answer (see
    /// <see cref="InteractiveRunResponse"/>); the properties typed as raw JSON (such as
    /// <see cref="StartNodeRunEvent.RunInput"/>) are views into this element, and the nested ones (such as
    /// <see cref="Comments"/>) are read from it on first use, unless code set them: such a property follows this
    /// element. The document is owned by nothing that gets disposed: the element, and every element taken from it,
    /// stays valid for as long as it is referenced, after the turn returned and after the HTTP response is gone.
    /// </remarks>
    [JsonIgnore]
    public JsonElement RawJson { get; set; }

    /// <summary>The items of the array field <paramref name="name"/> of <see cref="RawJson"/> as views, or null when it is not an array.</summary>
    internal JsonElement[]? RawElements(string name)
    {
        if (RawJsonField.FieldOf(RawJson, name) is not { ValueKind: JsonValueKind.Array } array)
        {
            return null;
        }

        var items = new JsonElement[array.GetArrayLength()];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            items[index++] = item;
        }

        return items;
    }

    /// <summary>The internal thread id <see cref="ThreadReferenceId"/> is derived from when the wire omits it.</summary>
    internal virtual string? ThreadIdForReference => OriginThreadId;

    /// <inheritdoc />
    public override string ToString() => $"{Type} ({LogicalId})";
}
