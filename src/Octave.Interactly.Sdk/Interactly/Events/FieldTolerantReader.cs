using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Octave.Interactly.Sdk.Events;

/// <summary>
/// Reads a JSON object into a model, leaving out the top-level fields whose JSON type the model cannot take.
/// The whole object is read first; only when that fails is it read again without the fields that fail on their
/// own, so a well-formed object costs one ordinary read.
/// </summary>
internal static class FieldTolerantReader
{
    public static object? Read(JsonElement element, JsonTypeInfo typeInfo)
    {
        if (TryRead(element, typeInfo, out var whole))
        {
            return whole;
        }

        using var kept = new MemoryStream();
        using (var writer = new Utf8JsonWriter(kept))
        {
            writer.WriteStartObject();
            foreach (var property in element.EnumerateObject())
            {
                if (ReadsAlone(property, typeInfo))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(kept.ToArray());
        if (TryRead(document.RootElement, typeInfo, out var partial))
        {
            return partial;
        }

        // Fields that read alone but not together (a duplicated key, say): keep the class, with no fields.
        using var empty = JsonDocument.Parse("{}");
        return TryRead(empty.RootElement, typeInfo, out var bare) ? bare : null;
    }

    private static bool ReadsAlone(JsonProperty property, JsonTypeInfo typeInfo)
    {
        using var single = new MemoryStream();
        using (var writer = new Utf8JsonWriter(single))
        {
            writer.WriteStartObject();
            property.WriteTo(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(single.ToArray());
        return TryRead(document.RootElement, typeInfo, out _);
    }

    /// <summary>Reads the whole value, or reports that its JSON does not fit the model.</summary>
    internal static bool TryRead(JsonElement element, JsonTypeInfo typeInfo, out object? value)
    {
        try
        {
            value = JsonSerializer.Deserialize(element, typeInfo);
            return true;
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }
        catch (FormatException)
        {
        }

        value = null;
        return false;
    }
}
