using System.Text.Json;

namespace Octave.Interactly.Sdk.Serialization;

/// <summary>Builds small <see cref="JsonElement"/> values without reflection-based serialization.</summary>
internal static class JsonElementFactory
{
    private static readonly JsonElement Null = Parse("null");

    public static JsonElement FromString(string? value) =>
        value is null ? Null : JsonSerializer.SerializeToElement(value, SdkPrimitivesJsonContext.Default.String);

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
