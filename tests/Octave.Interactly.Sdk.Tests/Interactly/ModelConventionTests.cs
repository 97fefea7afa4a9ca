using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests;

/// <summary>
/// Checks every Interactly model by reflection: the Octave side uses camelCase, so no naming policy can be relied
/// on and every serialized property must name its snake_case wire field explicitly.
/// </summary>
public class ModelConventionTests
{
    private static readonly Regex SnakeCase = new("^_?[a-z][a-z0-9]*(_[a-z0-9]+)*$");

    /// <summary>The audit fields of the server's comment and rating models, which really are camelCase on the wire.</summary>
    private static readonly HashSet<string> CamelCaseWireNames = new(StringComparer.Ordinal) { "createdBy", "updatedBy", "createdAt", "updatedAt" };

    /// <summary>Every SDK class the source-generated context has metadata for.</summary>
    public static IEnumerable<Type> ModelTypes() =>
        RegisteredTypes().Where(t => t.Assembly == typeof(InteractlyApi).Assembly && t.IsClass).Distinct();

    [TestCaseSource(nameof(ModelTypes))]
    public void Every_serialized_property_names_its_snake_case_wire_field(Type model)
    {
        var properties = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
            .Where(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .Where(p => p.SetMethod is { IsPublic: true })
            .ToList();

        foreach (var property in properties)
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            Assert.That(name, Is.Not.Null, $"{model.Name}.{property.Name} has no [JsonPropertyName]");
            Assert.That(SnakeCase.IsMatch(name!) || CamelCaseWireNames.Contains(name!), Is.True, $"{model.Name}.{property.Name} is named '{name}'");
        }
    }

    [Test]
    public void Every_event_class_is_in_the_converter_table()
    {
        var eventClasses = typeof(InteractlyEvent).Assembly.GetTypes()
            .Where(t => typeof(InteractlyEvent).IsAssignableFrom(t) && !t.IsAbstract && t != typeof(UnknownEvent));

        Assert.That(InteractlyEventConverter.TypesByName.Values, Is.EquivalentTo(eventClasses));
    }

    [Test]
    public void Every_event_class_is_registered_in_the_source_generated_context()
    {
        foreach (var type in InteractlyEventConverter.TypesByName.Values.Append(typeof(UnknownEvent)))
        {
            Assert.That(InteractlyJsonContext.Default.GetTypeInfo(type), Is.Not.Null, type.Name);
        }
    }

    private static IEnumerable<Type> RegisteredTypes() =>
        typeof(InteractlyJsonContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .Select(t => t.GetGenericArguments()[0]);
}
