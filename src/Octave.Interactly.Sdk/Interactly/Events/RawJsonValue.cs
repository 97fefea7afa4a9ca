using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// The storage of a nested (object or list) property of an event: the value code set, or else the field read from the
/// event's <see cref="InteractlyEvent.RawJson"/> on first use and kept. Reading an event from the wire leaves these
/// unset (see <see cref="Serialization.InteractlyViewContract"/>): most are never looked at, and reading nested JSON
/// up front costs an allocation per level (the serializer's stack, the empty <c>comments</c> list of every event).
/// As when read up front, a value that does not fit the model reads as null and costs nothing else.
/// </summary>
/// <typeparam name="T">The property type.</typeparam>
internal struct RawJsonValue<T>
    where T : class
{
    private T? _value;
    private bool _known;

    /// <summary>The value set in code (null included), or else the field <paramref name="name"/> of <paramref name="raw"/>.</summary>
    public T? Get(JsonElement raw, string name, JsonTypeInfo<T> typeInfo)
    {
        if (Volatile.Read(ref _known))
        {
            return _value;
        }

        // Built in code and never set: nothing to read, and nothing to remember should raw JSON be given later.
        if (raw.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        // Two threads may both read it the first time; they read the same value.
        var value = RawJsonField.FieldOf(raw, name) is { } element && FieldTolerantReader.TryRead(element, typeInfo, out var read)
            ? read as T
            : null;
        _value = value;
        Volatile.Write(ref _known, true);
        return value;
    }

    public void Set(T? value)
    {
        _value = value;
        Volatile.Write(ref _known, true);
    }
}
