using System.Text.Json;
using System.Threading;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// <see cref="RawJsonText"/> for a number every event carries (its timestamp): the value code set, or else read from
/// the event's <see cref="InteractlyEvent.RawJson"/> on first use and kept; not a number reads as null.
/// </summary>
internal struct RawJsonNumber
{
    private double? _value;
    private bool _known;

    /// <summary>The value set in code (null included), or else the number field <paramref name="name"/> of <paramref name="raw"/>.</summary>
    public double? Get(JsonElement raw, string name)
    {
        if (Volatile.Read(ref _known))
        {
            return _value;
        }

        if (raw.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var value = RawJsonField.FieldOf(raw, name) is { ValueKind: JsonValueKind.Number } number && number.TryGetDouble(out var read)
            ? read
            : (double?)null;
        _value = value;
        Volatile.Write(ref _known, true);
        return value;
    }

    public void Set(double? value)
    {
        _value = value;
        Volatile.Write(ref _known, true);
    }
}
