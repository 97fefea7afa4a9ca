using System.Text.Json;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// The storage of a property typed as raw JSON: the value code set, or else a view of the same field in the raw JSON
/// of the object that owns it (an event's <see cref="InteractlyEvent.RawJson"/>, a turn answer's document). Read from
/// the wire through <see cref="Serialization.InteractlyViewContract"/>, these are left unset, so reading makes no JSON
/// document per property: the getter hands out a <see cref="JsonElement"/> into the document that already holds it.
/// </summary>
internal struct RawJsonField
{
    private JsonElement? _value;
    private bool _isSet;

    /// <summary>The value set in code (null included), or else the field <paramref name="name"/> of <paramref name="raw"/>.</summary>
    public readonly JsonElement? Get(JsonElement raw, string name) => _isSet ? _value : FieldOf(raw, name);

    public void Set(JsonElement? value)
    {
        _value = value;
        _isSet = true;
    }

    /// <summary>
    /// The field <paramref name="name"/> of <paramref name="raw"/> as a view into it, or null when it is not an object,
    /// has no such field, or JSON null there (as the serializer reads a JSON null into a <c>JsonElement?</c>).
    /// </summary>
    public static JsonElement? FieldOf(JsonElement raw, string name) =>
        raw.ValueKind == JsonValueKind.Object
        && raw.TryGetProperty(name, out var value)
        && value.ValueKind != JsonValueKind.Null
            ? value
            : null;
}
