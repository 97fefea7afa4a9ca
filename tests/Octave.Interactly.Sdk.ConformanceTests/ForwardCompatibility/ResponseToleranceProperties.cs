using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Fluent;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>
/// What the servers may send tomorrow: fields nobody knows yet, statuses nobody has named, fields left out.
/// None of it may throw, and what the SDK did understand must come through unchanged.
/// </summary>
public sealed class ResponseToleranceProperties
{
    private static IEnumerable<TestCaseData> Samples() =>
        ResponseSamples.All.Select(sample => new TestCaseData(sample).SetArgDisplayNames(sample.Name));

    private static IEnumerable<TestCaseData> SamplesWithStatus() =>
        ResponseSamples.All.Where(sample => sample.StatusPath is not null).Select(sample => new TestCaseData(sample).SetArgDisplayNames(sample.Name));

    [TestCaseSource(nameof(Samples))]
    public void Extra_fields_at_any_depth_change_nothing_the_sdk_reads(object sampleArgument)
    {
        var sample = (ResponseSample)sampleArgument;
        var pristine = sample.Write(sample.Read(sample.Json));
        var extraFields = Gen.Zip(JsonGenerators.KeyOutside(ResponseSamples.KnownNames), JsonGenerators.Value)
            .Select(field => new[] { field })
            .SelectMany(first => JsonGenerators.SomeOf(Gen.Zip(JsonGenerators.KeyOutside(ResponseSamples.KnownNames), JsonGenerators.Value)).Select(more => first.Concat(more)))
            .Select(fields => new ExtraFields(fields.ToList()));

        PropertyCheck.ForAll(extraFields, extras =>
        {
            var payload = JsonNode.Parse(sample.Json)!;
            JsonShapes.AddToEveryObject(payload, extras.Fields, ResponseSamples.DictionaryNames);

            var written = sample.Write(sample.Read(payload.ToJsonString()));

            var extraNames = extras.Fields.Select(field => field.Key).ToHashSet(StringComparer.Ordinal);
            Assert.That(JsonShapes.Without(written, extraNames), Is.EqualTo(JsonShapes.Without(pristine, extraNames)), "known fields changed");
            if (sample.KeepsUnknownFields)
            {
                var root = JsonNode.Parse(written)!.AsObject();
                foreach (var (key, value) in extras.Fields.GroupBy(field => field.Key).Select(group => group.Last()))
                {
                    Assert.That(root.TryGetPropertyValue(key, out var kept) ? Canonical(kept) : "<dropped>", Is.EqualTo(Canonical(value)), $"unknown field '{key}' was not kept");
                }
            }
        });
    }

    [TestCaseSource(nameof(SamplesWithStatus))]
    public void An_unknown_status_is_read_and_kept(object sampleArgument)
    {
        var sample = (ResponseSample)sampleArgument;

        PropertyCheck.ForAll(JsonGenerators.NonEmptyText, status =>
        {
            var payload = JsonNode.Parse(sample.Json)!;
            JsonShapes.Set(payload, sample.StatusPath!, JsonValue.Create(status));

            var model = sample.Read(payload.ToJsonString());

            Assert.That(sample.ReadStatus!(model), Is.EqualTo(status));
        });
    }

    [TestCaseSource(nameof(Samples))]
    public void Any_subset_of_fields_may_be_missing(object sampleArgument)
    {
        var sample = (ResponseSample)sampleArgument;
        var paths = JsonShapes.PropertyPaths(JsonNode.Parse(sample.Json));

        PropertyCheck.ForAll(Gen.SubListOf<string[]>(paths.AsEnumerable()).Select(dropped => new DroppedFields(dropped.ToList())), dropped =>
        {
            var payload = JsonNode.Parse(sample.Json)!;
            JsonShapes.Remove(payload, dropped.Paths);

            Assert.DoesNotThrow(() => sample.Write(sample.Read(payload.ToJsonString())), "payload: " + payload.ToJsonString());
        });
    }

    private static string Canonical(JsonNode? node) => JsonNode.Parse(node?.ToJsonString() ?? "null")?.ToJsonString() ?? "null";

    /// <summary>A counterexample FsCheck prints as JSON.</summary>
    private sealed record ExtraFields(IReadOnlyList<(string Key, JsonNode? Value)> Fields)
    {
        public override string ToString() => "{" + string.Join(",", Fields.Select(field => JsonSerializer.Serialize(field.Key) + ":" + (field.Value?.ToJsonString() ?? "null"))) + "}";
    }

    private sealed record DroppedFields(IReadOnlyList<string[]> Paths)
    {
        public override string ToString() => string.Join(", ", Paths.Select(path => string.Join(".", path)));
    }
}
