using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Fluent;
using Octave.Interactly.Sdk.Events;

namespace Octave.Interactly.Sdk.ConformanceTests.ForwardCompatibility;

/// <summary>
/// Interactly adds event types over time. A turn with an event nobody has named yet still reads: that event
/// becomes an <see cref="UnknownEvent"/> carrying its type and its JSON, and the events around it are unaffected.
/// </summary>
public sealed class InteractlyEventProperties
{
    private static readonly JsonTypeInfo<InteractiveRunResponse> TurnTypeInfo =
        (JsonTypeInfo<InteractiveRunResponse>)WireModels.TypeInfo(typeof(InteractiveRunResponse))!;

    [Test]
    public void An_unknown_event_type_becomes_an_UnknownEvent_that_keeps_its_json()
    {
        var knownTypes = typeof(InteractlyEventTypes).GetFields().Select(field => (string)field.GetRawConstantValue()!).ToHashSet();
        var unknownEvent = Gen.Zip(
                // An empty type is no new type: it is the run acknowledgement, read as RunAckEvent.
                JsonGenerators.NonEmptyText.Where(type => !knownTypes.Contains(type)),
                JsonGenerators.SomeOf(Gen.Zip(JsonGenerators.KeyOutside(ResponseSamples.KnownNames), JsonGenerators.Value)))
            .Select(pair =>
            {
                var @event = new JsonObject { ["type"] = pair.Item1, ["logical_id"] = "event_x" };
                foreach (var (key, value) in pair.Item2)
                {
                    @event[key] = value?.DeepClone();
                }

                return new EventJson(@event.ToJsonString());
            });

        PropertyCheck.ForAll(unknownEvent, generated =>
        {
            var turn = JsonNode.Parse(ResponseSamples.InteractlyTurn)!;
            turn["events"]!.AsArray().Insert(1, JsonNode.Parse(generated.Json));

            var read = JsonSerializer.Deserialize(turn.ToJsonString(), TurnTypeInfo)!;

            var unknown = read.Events[1] as UnknownEvent;
            Assert.That(unknown, Is.Not.Null, "the new event was not read as UnknownEvent");
            Assert.Multiple(() =>
            {
                Assert.That(unknown!.Type, Is.EqualTo(JsonNode.Parse(generated.Json)!["type"]!.GetValue<string>()));
                Assert.That(JsonNode.Parse(unknown.RawJson.GetRawText())!.ToJsonString(), Is.EqualTo(generated.Json));
                Assert.That(read.Events.Select(@event => @event.GetType().Name), Is.EqualTo(new[] { "StartWorkflowEvent", "UnknownEvent", "AssistantResponseEvent", "WorkflowReadyForInputEvent" }));
            });
        });
    }

    [Test]
    public void Known_events_with_extra_fields_keep_their_class_and_their_json()
    {
        var extras = JsonGenerators.SomeOf(Gen.Zip(JsonGenerators.KeyOutside(ResponseSamples.KnownNames), JsonGenerators.Value));

        var extraObject = extras.Select(fields =>
        {
            var @object = new JsonObject();
            foreach (var (key, value) in fields)
            {
                @object[key] = value?.DeepClone();
            }

            return new EventJson(@object.ToJsonString());
        });

        PropertyCheck.ForAll(extraObject, generated =>
        {
            var turn = JsonNode.Parse(ResponseSamples.InteractlyTurn)!;
            var fields = JsonNode.Parse(generated.Json)!.AsObject();
            foreach (var @event in turn["events"]!.AsArray())
            {
                foreach (var field in fields)
                {
                    @event![field.Key] = field.Value?.DeepClone();
                }
            }

            var read = JsonSerializer.Deserialize(turn.ToJsonString(), TurnTypeInfo)!;

            Assert.Multiple(() =>
            {
                Assert.That(read.Events.Select(@event => @event.GetType().Name), Is.EqualTo(new[] { "StartWorkflowEvent", "AssistantResponseEvent", "WorkflowReadyForInputEvent" }));
                Assert.That(((AssistantResponseEvent)read.Events[1]).Content, Is.EqualTo("Hi! What is your name?"));
                Assert.That(read.Events.Select(@event => JsonNode.Parse(@event.RawJson.GetRawText())!.ToJsonString()), Is.EqualTo(turn["events"]!.AsArray().Select(@event => @event!.ToJsonString())));
            });
        });
    }

    /// <summary>A counterexample FsCheck prints as its JSON.</summary>
    private sealed record EventJson(string Json)
    {
        public override string ToString() => Json;
    }
}
