using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Octave.Interactly.Sdk.ConformanceTests;

/// <summary>
/// The SDK's wire models (public types with a <see cref="JsonPropertyNameAttribute"/> property) and its
/// source-generated contexts, found by reflection.
/// </summary>
internal static class WireModels
{
    /// <summary>
    /// The packages that must run trimmed and under native AOT. The Testing package is an ASP.NET Core host
    /// that reads scenario files with reflection, on purpose, and is left out.
    /// </summary>
    public static IReadOnlyList<Assembly> AotAssemblies { get; } =
        new[] { PublicSurface.SdkAssemblyName, PublicSurface.AspNetCoreAssemblyName }.Select(PublicSurface.Load).ToArray();

    public static IReadOnlyList<JsonSerializerContext> Contexts { get; } = AotAssemblies
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type.IsSubclassOf(typeof(JsonSerializerContext)) && !type.IsAbstract)
        .Select(type => (JsonSerializerContext)type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
        .ToArray();

    public static IEnumerable<Type> Types() =>
        AotAssemblies.SelectMany(PublicSurface.Types).Where(IsWireModel);

    public static bool IsWireModel(Type type) =>
        (type.IsClass || (type.IsValueType && !type.IsEnum))
        && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(property => property.IsDefined(typeof(JsonPropertyNameAttribute), inherit: true));

    public static JsonTypeInfo? TypeInfo(Type type) =>
        Contexts.Select(context => context.GetTypeInfo(type)).FirstOrDefault(info => info is not null);

    public static IEnumerable<PropertyInfo> WireProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.IsDefined(typeof(JsonPropertyNameAttribute), inherit: true));

    public static string WireName(PropertyInfo property) => property.GetCustomAttribute<JsonPropertyNameAttribute>(inherit: true)!.Name;
}
