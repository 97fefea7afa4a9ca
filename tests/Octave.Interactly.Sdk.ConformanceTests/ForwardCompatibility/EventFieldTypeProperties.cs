using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Fluent;
using Octave.Interactly.Sdk.Events;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>
/// Tolerance as a rule: a field whose JSON type is not the one the SDK expects leaves that property unset and its
/// value in <see cref="InteractlyEvent.RawJson"/>; the event keeps its class and every other field still reads.
/// Each event class starts from a sample with every typed field filled in, then one field's value is replaced.
/// </summary>
public sealed class EventFieldTypeProperties
{
    /// <summary>One value of each JSON kind: every field is set to each of them in turn.</summary>
    private static readonly (string Kind, JsonNode? Value)[] EveryKind =
    {
        ("string", JsonValue.Create("text")),
        ("integer", JsonValue.Create(7)),
        ("fraction", JsonValue.Create(2.5)),
        ("boolean", JsonValue.Create(true)),
        ("object", new JsonObject { ["nested"] = new JsonArray(1, "two") }),
        ("array", new JsonArray(new JsonObject { ["k"] = "v" }, 3)),
        ("null", null),
    };

    // Declared before the samples, which are read with it when the class initializes.
    private static readonly JsonTypeInfo<InteractlyEvent> InteractlyEventTypeInfo =
        (JsonTypeInfo<InteractlyEvent>)WireModels.TypeInfo(typeof(InteractlyEvent))!;

    private static readonly EventSample[] Samples = BuildSamples().ToArray();

    [Test]
    public void Every_field_of_every_event_set_to_every_json_kind_keeps_the_event_class()
    {
        var cases = 0;
        foreach (var sample in Samples)
        {
            foreach (var field in sample.Fields)
            {
                foreach (var (_, value) in EveryKind)
                {
                    AssertMutationIsTolerated(sample, field, value);
                    cases++;
                }
            }
        }

        foreach (var sample in Samples)
        {
            TestContext.Out.WriteLine($"{sample.Type}: {sample.Fields.Count} fields");
        }

        TestContext.Out.WriteLine($"{Samples.Length} event classes, {Samples.Sum(sample => sample.Fields.Count)} typed fields, {cases} cases.");
        Assert.That(cases, Is.EqualTo(Samples.Sum(sample => sample.Fields.Count) * EveryKind.Length));
    }

    [Test]
    public void Any_json_value_in_any_field_of_any_event_keeps_the_event_class()
    {
        var mutation = Gen.Elements(Samples)
            .SelectMany(sample => Gen.Elements(sample.Fields.ToArray()).Select(field => (sample, field)))
            .SelectMany(pair => JsonGenerators.Value.Select(value => new Mutation(pair.sample, pair.field, value)));

        PropertyCheck.ForAll(mutation, generated => AssertMutationIsTolerated(generated.Sample, generated.Field, generated.Value));
    }

    private static void AssertMutationIsTolerated(EventSample sample, EventField field, JsonNode? value)
    {
        var json = sample.Json.DeepClone().AsObject();
        json[field.Name] = value?.DeepClone();
        var text = json.ToJsonString();

        var read = JsonSerializer.Deserialize(text, InteractlyEventTypeInfo)!;

        Assert.That(read.GetType(), Is.EqualTo(sample.Class), $"{sample.Type}.{field.Name} = {value?.ToJsonString() ?? "null"}");
        Assert.That(read.Type, Is.EqualTo(sample.Type));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(read.RawJson.GetRawText()), json), Is.True, "RawJson lost the value");

        var typed = TypedFields(read, sample.TypeInfo);
        foreach (var other in sample.Baseline.Where(pair => pair.Key != field.Name))
        {
            Assert.That(JsonNode.DeepEquals(typed[other.Key], other.Value), Is.True, $"{sample.Type}.{field.Name} = {value?.ToJsonString() ?? "null"} changed {other.Key}");
        }

        if (field.Kind is { } expected && !Matches(expected, value) && field.Name != "thread_reference_id")
        {
            Assert.That(typed.ContainsKey(field.Name), Is.False, $"{sample.Type}.{field.Name} = {value?.ToJsonString() ?? "null"} should be unset");
        }
    }

    /// <summary>
    /// The event's typed properties as JSON (what the SDK understood), without its raw JSON. Each property is read
    /// first, as a user would read it: fields read on first use keep what they read, so the view without the raw
    /// JSON shows them too.
    /// </summary>
    private static JsonObject TypedFields(InteractlyEvent read, JsonTypeInfo typeInfo)
    {
        foreach (var property in read.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length == 0)
            {
                _ = property.GetValue(read);
            }
        }

        var raw = read.RawJson;
        read.RawJson = default;
        try
        {
            return JsonNode.Parse(JsonSerializer.Serialize(read, typeInfo))!.AsObject();
        }
        finally
        {
            read.RawJson = raw;
        }
    }

    private static bool Matches(JsonValueKind expected, JsonNode? value)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        return expected == JsonValueKind.True ? kind is JsonValueKind.True or JsonValueKind.False : kind == expected;
    }

    private static List<EventSample> BuildSamples()
    {
        var classes = typeof(InteractlyEvent).Assembly.GetTypes()
            .Where(type => typeof(InteractlyEvent).IsAssignableFrom(type) && !type.IsAbstract && type != typeof(UnknownEvent))
            .OrderBy(type => type.Name, StringComparer.Ordinal);

        var samples = new List<EventSample>();
        foreach (var type in classes)
        {
            var typeInfo = WireModels.TypeInfo(type)!;
            var wireType = ((InteractlyEvent)Activator.CreateInstance(type)!).Type;
            var json = new JsonObject { ["type"] = wireType };
            var fields = new List<EventField>();
            foreach (var property in typeInfo.Properties.Where(IsWireField))
            {
                json[property.Name] = SampleValue(property.Name, property.PropertyType);
                fields.Add(new EventField(property.Name, ScalarKind(property.PropertyType)));
            }

            var baseline = JsonSerializer.Deserialize(json.ToJsonString(), InteractlyEventTypeInfo)!;
            Assert.That(baseline.GetType(), Is.EqualTo(type), "the sample itself must read");
            samples.Add(new EventSample(type, wireType, typeInfo, json, fields, TypedFields(baseline, typeInfo)));
        }

        return samples;
    }

    /// <summary>A field read from the wire: not the discriminator, and not a computed or raw-JSON member the metadata lists as ignored.</summary>
    private static bool IsWireField(JsonPropertyInfo property) =>
        property.Name != "type" && property.AttributeProvider?.IsDefined(typeof(JsonIgnoreAttribute), inherit: true) != true;

    /// <summary>A valid value for a property of this type, so the baseline sets every typed field.</summary>
    private static JsonNode? SampleValue(string name, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return name == "origin_thread_id" ? "0_companion_sample" : "sample " + name;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return 3;
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return 1.5;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(JsonElement))
        {
            return new JsonObject { ["kept"] = "as sent" };
        }

        var item = ListItemType(type);
        return item is not null ? new JsonArray(SampleValue(name, item)) : new JsonObject();
    }

    private static Type? ListItemType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments().Length == 1
            ? type.GetGenericArguments()[0]
            : null;

    /// <summary>The one JSON kind a scalar property reads from, or null where several are valid (objects, lists, raw JSON).</summary>
    private static JsonValueKind? ScalarKind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return JsonValueKind.String;
        }

        if (type == typeof(bool))
        {
            return JsonValueKind.True;
        }

        return type == typeof(int) || type == typeof(long) || type == typeof(double) ? JsonValueKind.Number : null;
    }

    private sealed record EventField(string Name, JsonValueKind? Kind);

    private sealed record EventSample(Type Class, string Type, JsonTypeInfo TypeInfo, JsonObject Json, IReadOnlyList<EventField> Fields, JsonObject Baseline)
    {
        public override string ToString() => Type;
    }

    /// <summary>A counterexample FsCheck prints as the event type, the field and the value.</summary>
    private sealed record Mutation(EventSample Sample, EventField Field, JsonNode? Value)
    {
        public override string ToString() => $"{Sample.Type}.{Field.Name} = {Value?.ToJsonString() ?? "null"}";
    }
}
