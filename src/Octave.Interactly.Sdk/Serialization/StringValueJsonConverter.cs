using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.Serialization;

/// <summary>
/// Base converter for string-valued "enum" structs: any JSON string becomes a value, known or not,
/// so a status the server adds tomorrow never breaks deserialization. Non-string tokens (numbers, booleans)
/// are kept by their raw text for the same reason.
/// </summary>
/// <typeparam name="T">The string-valued struct.</typeparam>
public abstract class StringValueJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly Func<string, T> _create;
    private readonly Func<T, string?> _value;

    /// <summary>Creates the converter from the struct's factory and value accessor.</summary>
    /// <param name="create">Builds a value from its wire string.</param>
    /// <param name="value">Reads the wire string back.</param>
    protected StringValueJsonConverter(Func<string, T> create, Func<T, string?> value)
    {
        _create = create;
        _value = value;
    }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => _create(reader.GetString() ?? string.Empty),
        JsonTokenType.Null => default,
        JsonTokenType.StartObject or JsonTokenType.StartArray => _create(SkipAndDescribe(ref reader)),
        _ => _create(System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray())),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (_value(value) is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string SkipAndDescribe(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }
}
