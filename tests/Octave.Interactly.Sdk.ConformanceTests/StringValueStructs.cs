using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk.ConformanceTests;

/// <summary>
/// The SDK's string-valued "enum" structs (Octokit's StringEnum idea): a public readonly struct with a
/// [JsonConverter] and a string <c>Value</c>. Read and written here through the converter the type names.
/// </summary>
internal static class StringValueStructs
{
    public static IEnumerable<Type> Types() =>
        PublicSurface.AllTypes().Where(type =>
            type.IsValueType && !type.IsEnum
            && type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false)
            && type.IsDefined(typeof(JsonConverterAttribute), inherit: false)
            && type.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(string));

    public static object? Read(Type type, string json) => JsonSerializer.Deserialize(json, type, Options(type));

    public static string Write(Type type, object? value) => JsonSerializer.Serialize(value, type, Options(type));

    public static string? ValueOf(object? value) => (string?)value?.GetType().GetProperty("Value")!.GetValue(value);

    public static bool? IsKnown(object? value) => (bool?)value?.GetType().GetProperty("IsKnown")?.GetValue(value);

    /// <summary>The values the type names, as static fields or static properties of its own type.</summary>
    public static IReadOnlyList<string> KnownValues(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.FieldType == type).Select(field => field.GetValue(null))
        .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(property => property.PropertyType == type).Select(property => property.GetValue(null)))
        .Select(ValueOf)
        .OfType<string>()
        .ToList();

    // The converter from the attribute, not from reflection-based defaults, so the test exercises what the SDK ships.
    private static JsonSerializerOptions Options(Type type)
    {
        var attribute = type.GetCustomAttribute<JsonConverterAttribute>()!;
        var converter = (JsonConverter)Activator.CreateInstance(attribute.ConverterType!)!;
        return new JsonSerializerOptions { Converters = { converter }, TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
    }
}
