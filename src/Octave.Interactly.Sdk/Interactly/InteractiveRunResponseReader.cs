using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Reads a turn answer (<see cref="InteractiveRunResponse"/>) as one <see cref="JsonDocument"/>, parsed once: each
/// event's <see cref="InteractlyEvent.RawJson"/> and raw-JSON properties, and <see cref="InteractiveRunResponse.NextInputHint"/>,
/// are views into it, and the typed properties are read from the elements by source-generated metadata
/// (<see cref="InteractlyViewContract"/>). The document is a copy that no one disposes, so it lives exactly as long
/// as the response or any event or element taken from it; the bytes passed in may be reused once this returns.
/// An answer of any other shape (not JSON, JSON null, <c>events</c> that is not an array of objects, a field of a
/// wrong type) is read by the ordinary serializer instead, so it fails, or reads, exactly as it always did.
/// </summary>
internal static class InteractiveRunResponseReader
{
    private static readonly byte[] Utf8ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    /// <summary>
    /// Reads an answer whose body is in memory already (it is read whole inside each attempt), so the stream is read
    /// synchronously, into a pooled buffer that is returned before this returns.
    /// </summary>
    public static InteractiveRunResponse Read(Stream body)
    {
        // One spare byte, so the read that finds the end needs no larger buffer.
        var buffer = ArrayPool<byte>.Shared.Rent(body.CanSeek ? (int)(body.Length - body.Position) + 1 : 16384);
        try
        {
            var length = 0;
            int read;
            while ((read = body.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return Read(new ReadOnlyMemory<byte>(buffer, 0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads an answer from its UTF-8 bytes; nothing read keeps a reference to them.</summary>
    public static InteractiveRunResponse Read(ReadOnlyMemory<byte> utf8Json)
    {
        // The serializer skips a byte order mark when it reads a stream; the document parser would reject it.
        if (utf8Json.Span.StartsWith(Utf8ByteOrderMark))
        {
            utf8Json = utf8Json.Slice(Utf8ByteOrderMark.Length);
        }

        JsonElement root;
        try
        {
            // Parsed over the caller's bytes with pooled metadata, then copied once into a document of its own.
            using var document = JsonDocument.Parse(utf8Json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return ReadOrdinarily(utf8Json);
        }

        if (root.ValueKind != JsonValueKind.Object || ReadEvents(root) is not { } events)
        {
            return ReadOrdinarily(utf8Json);
        }

        InteractiveRunResponse response;
        try
        {
            response = ReadFields(root);
        }
        catch (JsonException)
        {
            return ReadOrdinarily(utf8Json);
        }

        response.RawJson = root;
        response.Events = events;
        return response;
    }

    /// <summary>
    /// The answer's own fields, each read from its element by its source-generated metadata, so the answer's bytes are
    /// not read a second time only to skip the events (as a serializer read of <paramref name="root"/> would).
    /// <c>events</c> and <c>next_input_hint</c> are left to the caller (<see cref="InteractlyViewContract"/>); a field
    /// the model does not know goes to <see cref="InteractiveRunResponse.AdditionalProperties"/>, as a view. A field of a
    /// wrong type throws, as the serializer would.
    /// </summary>
    private static InteractiveRunResponse ReadFields(JsonElement root)
    {
        var response = new InteractiveRunResponse();
        foreach (var field in root.EnumerateObject())
        {
            if (Field.Find(field) is not { } known)
            {
                (response.AdditionalProperties ??= new Dictionary<string, JsonElement>())[field.Name] = field.Value;
            }
            else if (known.Property.Set is { } set)
            {
                set(response, JsonSerializer.Deserialize(field.Value, known.ValueType));
            }
        }

        InteractlyViewContract.InteractiveRunResponse.OnDeserialized?.Invoke(response);
        return response;
    }

    /// <summary>
    /// A modelled field of a turn answer and what reading it needs, looked up once: asking the options for a
    /// property's metadata validates the type on every call, which cost more than reading the value.
    /// </summary>
    private sealed class Field
    {
        private static readonly Field[] All = Create();

        private readonly byte[] _utf8Name;

        private Field(JsonPropertyInfo property, JsonTypeInfo valueType)
        {
            Property = property;
            ValueType = valueType;
            _utf8Name = Encoding.UTF8.GetBytes(property.Name);
        }

        public JsonPropertyInfo Property { get; }

        public JsonTypeInfo ValueType { get; }

        /// <summary>The model property a field is read into (names are exact, as the serializer matches them), or null.</summary>
        public static Field? Find(JsonProperty member)
        {
            foreach (var field in All)
            {
                if (member.NameEquals(field._utf8Name))
                {
                    return field;
                }
            }

            return null;
        }

        private static Field[] Create()
        {
            var typeInfo = InteractlyViewContract.InteractiveRunResponse;
            var fields = new List<Field>();
            foreach (var property in typeInfo.Properties)
            {
                if (!property.IsExtensionData)
                {
                    fields.Add(new Field(property, typeInfo.Options.GetTypeInfo(property.PropertyType)));
                }
            }

            return fields.ToArray();
        }
    }

    /// <summary>The events as views into <paramref name="root"/>, or null when <c>events</c> is not an array of objects.</summary>
    private static InteractlyEvent[]? ReadEvents(JsonElement root)
    {
        if (!root.TryGetProperty("events", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return Array.Empty<InteractlyEvent>();
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var events = new InteractlyEvent[list.GetArrayLength()];
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            events[index++] = InteractlyEventConverter.FromElement(element);
        }

        return events;
    }

    /// <summary>The plain serializer read: the behaviour, and the errors, of every other answer type.</summary>
    private static InteractiveRunResponse ReadOrdinarily(ReadOnlyMemory<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json.Span, InteractlyJsonContext.Default.InteractiveRunResponse)
        ?? throw new JsonException("The body was JSON null.");
}
