using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests;

/// <summary>
/// A turn answer read as one JSON document: events and their raw-JSON properties are views into it, nested
/// properties are read on first use, and every answer the fast path does not take reads as the serializer reads it.
/// </summary>
public class TurnAnswerViewTests
{
    private const string Turn = """
        {"run_id":"r1","status":"running","turn_number":2,"is_waiting_for_input":true,"is_completed":false,"error":null,
         "next_input_hint":{"type":"busy_wait_for_user_message","origin_node_logical_id":"ask"},
         "has_background_work":false,"has_active_companions":false,"server_extra":{"a":[1]},
         "events":[
          {"type":"start_node_run","logical_id":"event_1","origin_thread_id":"0","comments":[],"run_input":{"type":"llm","n":[1,2]}},
          {"type":"user_messages","logical_id":"event_2","messages":[{"type":"human","content":"hi"},{"type":"human","content":"there"}]},
          {"type":"assistant_response","logical_id":"event_3","content":"Hello","response_metadata":{"model":"m"},
           "llm_usage_info":{"provider":"p","total_tokens":7,"ai_message_turn_id":2},"comments":[{"logical_id":"c1","content":"nice"}]},
          {"type":"something_new","logical_id":"event_4","payload":{"x":true}}
         ]}
        """;

    private static readonly FieldInfo DocumentOfElement =
        typeof(JsonElement).GetField("_parent", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("JsonElement no longer keeps its document in _parent.");

    [Test]
    public void Events_their_raw_json_properties_the_hint_and_unknown_fields_are_views_into_one_document()
    {
        var response = InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(Turn));

        var document = DocumentOfElement.GetValue(response.Events[0].RawJson);
        var views = new List<JsonElement>
        {
            response.Events[1].RawJson,
            response.Events[3].RawJson,
            response.NextInputHint!.Value,
            ((StartNodeRunEvent)response.Events[0]).RunInput!.Value,
            ((AssistantResponseEvent)response.Events[2]).ResponseMetadata!.Value,
            response.AdditionalProperties!["server_extra"],
        };
        views.AddRange(((UserMessagesEvent)response.Events[1]).Messages!);

        Assert.That(document, Is.Not.Null);
        Assert.That(views.Select(view => DocumentOfElement.GetValue(view)), Is.All.SameAs(document));
    }

    [Test]
    public void A_turn_reads_the_same_as_the_serializer_reads_it()
    {
        var viewed = InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(Turn));
        var ordinary = JsonSerializer.Deserialize(Turn, InteractlyJsonContext.Default.InteractiveRunResponse)!;

        Assert.That(Written(viewed), Is.EqualTo(Written(ordinary)));
        Assert.That(viewed.Events.Select(e => e.GetType()), Is.EqualTo(ordinary.Events.Select(e => e.GetType())));
        Assert.That(viewed.Events.Select(e => e.Type), Is.EqualTo(new[] { "start_node_run", "user_messages", "assistant_response", "something_new" }));
        var assistant = (AssistantResponseEvent)viewed.Events[2];
        Assert.That(assistant.LlmUsageInfo!.Provider, Is.EqualTo("p"));
        Assert.That(assistant.LlmUsageInfo.AiMessageTurnId!.Value.GetInt32(), Is.EqualTo(2));
        Assert.That(assistant.Comments!.Single().Content, Is.EqualTo("nice"));
        Assert.That(viewed.Events[0].Comments, Is.Empty);
        Assert.That(((UserMessagesEvent)viewed.Events[1]).Messages!.Select(m => m.GetProperty("content").GetString()), Is.EqualTo(new[] { "hi", "there" }));
        Assert.That(viewed.GetBusyWaitHint()!.OriginNodeLogicalId, Is.EqualTo("ask"));
        Assert.That(viewed.RunId, Is.EqualTo("r1"));
        Assert.That(viewed.TurnNumber, Is.EqualTo(2));
        Assert.That(viewed.IsWaitingForInput, Is.True);
        Assert.That(viewed.Status, Is.EqualTo(InteractlyRunStatus.Running));
        Assert.That(viewed.AdditionalProperties!.Keys, Is.EqualTo(new[] { "server_extra" }));
    }

    [Test]
    public void Events_stay_valid_after_the_bytes_they_were_read_from_are_reused()
    {
        var body = Encoding.UTF8.GetBytes(Turn);
        var response = InteractiveRunResponseReader.Read(body);
        Array.Fill(body, (byte)'x');
        GC.Collect();

        Assert.That(JsonNode.Parse(response.Events[3].RawJson.GetRawText())!["payload"]!["x"]!.GetValue<bool>(), Is.True);
        Assert.That(((StartNodeRunEvent)response.Events[0]).RunInput!.Value.GetProperty("n")[1].GetInt32(), Is.EqualTo(2));
        Assert.That(response.NextInputHint!.Value.GetProperty("origin_node_logical_id").GetString(), Is.EqualTo("ask"));
    }

    [Test]
    public void Writing_an_event_read_as_a_view_writes_its_json_verbatim()
    {
        var response = InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(Turn));

        var written = JsonSerializer.Serialize(response.Events, InteractlyJsonContext.Default.IReadOnlyListInteractlyEvent);

        var expected = JsonNode.Parse(Turn)!["events"]!.ToJsonString();
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(expected)), Is.True, written);
    }

    [Test]
    public void A_value_set_in_code_wins_over_the_raw_json_null_included()
    {
        var response = InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(Turn));
        var start = (StartNodeRunEvent)response.Events[0];
        var messages = (UserMessagesEvent)response.Events[1];
        var assistant = (AssistantResponseEvent)response.Events[2];

        start.RunInput = null;
        messages.Messages = Array.Empty<JsonElement>();
        assistant.LlmUsageInfo = null;
        assistant.Comments = null;
        response.NextInputHint = null;

        Assert.That(start.RunInput, Is.Null);
        Assert.That(messages.Messages, Is.Empty);
        Assert.That(assistant.LlmUsageInfo, Is.Null);
        Assert.That(assistant.Comments, Is.Null);
        Assert.That(response.NextInputHint, Is.Null);
        Assert.That(start.RawJson.GetProperty("run_input").ValueKind, Is.EqualTo(JsonValueKind.Object), "the raw JSON itself is untouched");
    }

    [Test]
    public void A_nested_field_that_does_not_fit_reads_as_null_and_the_event_keeps_its_class()
    {
        const string json = """{"events":[{"type":"assistant_response","content":"x","comments":5,"llm_usage_info":{"total_tokens":"many"}}]}""";

        var response = InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(json));

        var assistant = (AssistantResponseEvent)response.Events.Single();
        Assert.That(assistant.Content, Is.EqualTo("x"));
        Assert.That(assistant.Comments, Is.Null);
        Assert.That(assistant.LlmUsageInfo, Is.Null);
    }

    [TestCase("""{"run_id":"r","events":null}""", 0)]
    [TestCase("""{"run_id":"r"}""", 0)]
    [TestCase("\uFEFF{\"run_id\":\"r\",\"events\":[{\"type\":\"start_workflow\"}]}", 1)]
    public void Missing_or_null_events_read_as_none_and_a_byte_order_mark_is_skipped(string json, int count)
    {
        var response = InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.That(response.RunId, Is.EqualTo("r"));
        Assert.That(response.Events, Has.Count.EqualTo(count));
    }

    [TestCase("<html>not json</html>")]
    [TestCase("")]
    [TestCase("[1,2]")]
    [TestCase("""{"events":{}}""")]
    [TestCase("""{"events":[1]}""")]
    [TestCase("""{"turn_number":"x","events":[]}""")]
    [TestCase("""{"events":[{"type":"start_workflow"}""")]
    public void An_answer_of_another_shape_fails_exactly_as_the_serializer_fails(string json)
    {
        var expected = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, InteractlyJsonContext.Default.InteractiveRunResponse))!;

        var actual = Assert.Throws<JsonException>(() => InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(json)))!;

        Assert.That(actual.GetType(), Is.EqualTo(expected.GetType()));
        Assert.That(actual.Message, Is.EqualTo(expected.Message));
    }

    [Test]
    public void Json_null_fails_with_the_message_every_other_answer_gives()
    {
        var error = Assert.Throws<JsonException>(() => InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(" null ")))!;

        Assert.That(error.Message, Is.EqualTo("The body was JSON null."));
    }

    [Test]
    public void Null_events_in_the_list_read_as_the_serializer_reads_them()
    {
        const string json = """{"events":[null,{"type":"start_workflow"}]}""";

        var response = InteractiveRunResponseReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.That(response.Events, Has.Count.EqualTo(2));
        Assert.That(response.Events[0], Is.Null);
        Assert.That(response.Events[1], Is.InstanceOf<StartWorkflowEvent>());
    }

    /// <summary>
    /// Every event property the view contract does not read must get its value from the raw JSON: one sample per
    /// property, read as an event, gives the value the serializer reads from the same JSON.
    /// </summary>
    [TestCaseSource(nameof(PropertiesReadOnFirstUse))]
    public void Every_property_left_unread_gets_its_value_from_the_raw_json(Type eventClass, PropertyInfo property, string name)
    {
        var wireType = ((InteractlyEvent)Activator.CreateInstance(eventClass)!).Type;
        var sample = SampleValue(property.PropertyType);
        var json = new JsonObject { ["type"] = wireType, [name] = sample }.ToJsonString();
        var typeInfo = InteractlyJsonContext.Default.GetTypeInfo(property.PropertyType)!;

        var read = InteractlyModelFactory.EventFromJson(json);

        Assert.That(read, Is.InstanceOf(eventClass));
        var value = property.GetValue(read);
        Assert.That(value, Is.Not.Null, $"{eventClass.Name}.{property.Name} did not read \"{name}\" from the raw JSON");
        var expected = JsonSerializer.Deserialize(sample!.ToJsonString(), typeInfo);
        Assert.That(JsonSerializer.Serialize(value, typeInfo), Is.EqualTo(JsonSerializer.Serialize(expected, typeInfo)));
    }

    public static IEnumerable<TestCaseData> PropertiesReadOnFirstUse()
    {
        var eventClasses = typeof(InteractlyEvent).Assembly.GetTypes()
            .Where(type => typeof(InteractlyEvent).IsAssignableFrom(type) && !type.IsAbstract && type != typeof(UnknownEvent));
        var commonFieldsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var eventClass in eventClasses.OrderBy(type => type.Name, StringComparer.Ordinal))
        {
            foreach (var property in eventClass.GetProperties())
            {
                var name = property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name;
                var common = name is not null && InteractlyViewContract.CommonFieldsReadOnFirstUse.Contains(name);
                if (name is null || !(common || InteractlyViewContract.ReadOnFirstUse.Contains(property.PropertyType)))
                {
                    continue;
                }

                // A field every event carries is declared once, on a base class: one concrete class per base tests it.
                if (common && !commonFieldsSeen.Add(property.DeclaringType!.Name + "." + name))
                {
                    continue;
                }

                yield return new TestCaseData(eventClass, property, name).SetName($"{eventClass.Name}.{property.Name} reads from the raw JSON");
            }
        }
    }

    private static JsonNode? SampleValue(Type type)
    {
        if (type == typeof(JsonElement?))
        {
            return new JsonObject { ["k"] = new JsonArray(1, "two") };
        }

        if (type == typeof(IReadOnlyList<JsonElement>))
        {
            return new JsonArray(new JsonObject { ["type"] = "human" }, "text");
        }

        if (type == typeof(IReadOnlyList<string>))
        {
            return new JsonArray("a", "b");
        }

        if (type == typeof(IReadOnlyList<InteractlyComment>))
        {
            return new JsonArray(new JsonObject { ["logical_id"] = "c1", ["content"] = "note" });
        }

        if (type == typeof(LlmUsageInfo))
        {
            return new JsonObject { ["provider"] = "p", ["total_tokens"] = 3, ["finish_reason"] = new JsonArray("stop") };
        }

        if (type == typeof(string))
        {
            return "value_1";
        }

        if (type == typeof(double?))
        {
            return 1796132838.992;
        }

        if (type == typeof(IterationMetrics))
        {
            return new JsonObject { ["nodes_executed_count"] = 2, ["llm_call_count"] = 1 };
        }

        throw new InvalidOperationException($"No sample for {type}: add one with the new type.");
    }

    private static string Written(InteractiveRunResponse response) =>
        JsonSerializer.Serialize(response, InteractlyJsonContext.Default.InteractiveRunResponse);
}
