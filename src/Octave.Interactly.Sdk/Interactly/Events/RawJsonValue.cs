using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// The storage of an event property read on first use: the value code set, or else the field read from the event's
/// <see cref="InteractlyEvent.RawJson"/> the first time it is asked for, and kept. Reading events from the wire leaves
/// these unset (see <see cref="Serialization.InteractlyViewContract"/>): a turn's events carry a dozen common strings
/// each and nested objects and lists, most are never looked at, and reading nested JSON up front costs an allocation
/// per level. As when read up front, a value that does not fit the property reads as null and costs nothing else.
/// </summary>
/// <typeparam name="T">The property type.</typeparam>
internal struct RawJsonValue<T>
{
    private T? _value;
    private bool _known;

    /// <summary>
    /// The value set in code (null included), or else the field <paramref name="name"/> of <paramref name="raw"/>
    /// as <paramref name="read"/> reads it (<see cref="RawJsonReaders"/>).
    /// </summary>
    public T? Get(JsonElement raw, string name, Func<JsonElement, T?> read) =>
        Get(raw, name, read, static (field, read) => read(field));

    /// <summary>The value set in code (null included), or else the field <paramref name="name"/> of <paramref name="raw"/> read by its metadata.</summary>
    public T? Get(JsonElement raw, string name, JsonTypeInfo<T> typeInfo) =>
        Get(raw, name, typeInfo, static (field, typeInfo) => FieldTolerantReader.TryRead(field, typeInfo, out var read) && read is T value ? value : default);

    public void Set(T? value)
    {
        _value = value;
        Volatile.Write(ref _known, true);
    }

    private T? Get<TState>(JsonElement raw, string name, TState state, Func<JsonElement, TState, T?> read)
    {
        if (Volatile.Read(ref _known))
        {
            return _value;
        }

        // Built in code and never set: nothing to read, and nothing to remember should raw JSON be given later.
        if (raw.ValueKind == JsonValueKind.Undefined)
        {
            return default;
        }

        // Two threads may both read it the first time; they read the same value.
        var value = RawJsonField.FieldOf(raw, name) is { } field ? read(field, state) : default;
        _value = value;
        Volatile.Write(ref _known, true);
        return value;
    }
}
