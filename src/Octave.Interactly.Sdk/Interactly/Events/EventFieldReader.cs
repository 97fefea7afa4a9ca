using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// Reads an event's typed fields straight from its element, one field at a time, by the source-generated metadata of
/// <see cref="InteractlyViewContract"/>: the event's bytes are not tokenized again (a serializer read would, and would
/// skip the raw-JSON fields only by reading through them), and no serializer state is set up per event. Strings,
/// numbers and booleans are read from the element as the serializer reads them; any other property type is read by
/// the serializer from its own element. A field whose JSON does not fit its property leaves that property unset and
/// costs nothing else, which is <see cref="FieldTolerantReader"/>'s promise kept field by field.
/// </summary>
internal sealed class EventFieldReader
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    private readonly JsonTypeInfo _typeInfo;
    private readonly Field[] _fields;

    private EventFieldReader(JsonTypeInfo typeInfo)
    {
        _typeInfo = typeInfo;
        var fields = new List<Field>();
        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is not null && !property.IsExtensionData)
            {
                fields.Add(new Field(property, KindOf(property.PropertyType), typeInfo.Options.GetTypeInfo(property.PropertyType)));
            }
        }

        _fields = fields.ToArray();
    }

    private enum ValueKind
    {
        String,
        NullableInt32,
        NullableInt64,
        NullableDouble,
        NullableBoolean,
        Other,
    }

    /// <summary>A reader for the event class <paramref name="eventClass"/>, made once per class.</summary>
    public static EventFieldReader For(Type eventClass) => new(InteractlyViewContract.Options.GetTypeInfo(eventClass));

    public InteractlyEvent Read(JsonElement element)
    {
        var target = (InteractlyEvent)_typeInfo.CreateObject!();
        var next = 0;
        foreach (var member in element.EnumerateObject())
        {
            var index = IndexOf(member, ref next);
            if (index >= 0 && TryRead(member.Value, _fields[index], out var value))
            {
                _fields[index].Property.Set!(target, value);
            }
        }

        return target;
    }

    /// <summary>The field <paramref name="member"/> names, searched from after the last one found (fields come in a steady order).</summary>
    private int IndexOf(JsonProperty member, ref int next)
    {
        for (var step = 0; step < _fields.Length; step++)
        {
            var index = next + step;
            if (index >= _fields.Length)
            {
                index -= _fields.Length;
            }

            if (member.NameEquals(_fields[index].Utf8Name))
            {
                next = index + 1;
                return index;
            }
        }

        return -1;
    }

    private static bool TryRead(JsonElement json, Field field, out object? value)
    {
        try
        {
            return TryReadValue(json, field, out value);
        }
        catch (InvalidOperationException)
        {
            // A string the serializer could not read either (invalid UTF-8, say).
        }
        catch (FormatException)
        {
        }

        value = null;
        return false;
    }

    private static bool TryReadValue(JsonElement json, Field field, out object? value)
    {
        value = null;
        var kind = json.ValueKind;
        switch (field.Kind)
        {
            case ValueKind.String when kind == JsonValueKind.String:
                value = json.GetString();
                return true;
            case ValueKind.NullableInt32 when kind == JsonValueKind.Number && json.TryGetInt32(out var int32):
                value = int32;
                return true;
            case ValueKind.NullableInt64 when kind == JsonValueKind.Number && json.TryGetInt64(out var int64):
                value = int64;
                return true;
            case ValueKind.NullableDouble when kind == JsonValueKind.Number && json.TryGetDouble(out var number):
                value = number;
                return true;
            case ValueKind.NullableBoolean when kind is JsonValueKind.True or JsonValueKind.False:
                value = kind == JsonValueKind.True ? BoxedTrue : BoxedFalse;
                return true;
            case ValueKind.Other:
                return FieldTolerantReader.TryRead(json, field.TypeInfo, out value);
            default:
                // JSON null reads as null into any of the nullable kinds above; any other JSON type does not fit.
                return kind == JsonValueKind.Null;
        }
    }

    private static ValueKind KindOf(Type type) =>
        type == typeof(string) ? ValueKind.String
        : type == typeof(int?) ? ValueKind.NullableInt32
        : type == typeof(long?) ? ValueKind.NullableInt64
        : type == typeof(double?) ? ValueKind.NullableDouble
        : type == typeof(bool?) ? ValueKind.NullableBoolean
        : ValueKind.Other;

    private sealed class Field
    {
        public Field(JsonPropertyInfo property, ValueKind kind, JsonTypeInfo typeInfo)
        {
            Property = property;
            Kind = kind;
            TypeInfo = typeInfo;
            Utf8Name = Encoding.UTF8.GetBytes(property.Name);
        }

        public JsonPropertyInfo Property { get; }

        public ValueKind Kind { get; }

        public JsonTypeInfo TypeInfo { get; }

        public byte[] Utf8Name { get; }
    }
}
