using System;
using System.Text.Json;
using System.Threading;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// The storage of a field every event carries (its id, time, thread and node): the value code set, or else the field
/// read from the event's <see cref="InteractlyEvent.RawJson"/> on first use and kept. Reading events from the wire
/// leaves these unset (see <see cref="Serialization.InteractlyViewContract"/>): a turn's events carry a dozen such
/// strings each, and most are never looked at. A value of another JSON type reads as null, as when read up front.
/// </summary>
internal struct RawJsonText
{
    private string? _value;
    private bool _known;

    /// <summary>The value set in code (null included), or else the string field <paramref name="name"/> of <paramref name="raw"/>.</summary>
    public string? Get(JsonElement raw, string name)
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
        var value = RawJsonField.FieldOf(raw, name) is { ValueKind: JsonValueKind.String } text ? TextOf(text) : null;
        _value = value;
        Volatile.Write(ref _known, true);
        return value;
    }

    public void Set(string? value)
    {
        _value = value;
        Volatile.Write(ref _known, true);
    }

    /// <summary>The string, or null when its bytes are not valid UTF-8 (the serializer could not read it either).</summary>
    private static string? TextOf(JsonElement text)
    {
        try
        {
            return text.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
