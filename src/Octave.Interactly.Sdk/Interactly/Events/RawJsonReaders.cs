using System;
using System.Text.Json;

namespace Octave.Interactly.Sdk.Events;

/// <summary>How <see cref="RawJsonValue{T}"/> reads the scalar fields every event carries; another JSON type reads as null.</summary>
internal static class RawJsonReaders
{
    public static readonly Func<JsonElement, string?> Text = static field =>
        field.ValueKind == JsonValueKind.String ? TextOf(field) : null;

    public static readonly Func<JsonElement, double?> Number = static field =>
        field.ValueKind == JsonValueKind.Number && field.TryGetDouble(out var number) ? number : null;

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
