using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Octave.Interactly.Sdk.Events;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests;

public class InteractlyEventConverterTests
{
    private const string Common =
        "\"logical_id\":\"event_1\",\"timestamp\":1718000000.25,\"origin_thread_id\":\"0\",\"thread_reference_id\":\"T0\",\"comments\":[],\"interrupted\":false";

    /// <summary>Every event type of the reference: a sample with one event-specific field, the class expected, and a check of that field.</summary>
    public static IEnumerable<TestCaseData> Samples()
    {
        TestCaseData Case<T>(string type, string extra, Func<T, object?> read, object? expected)
            where T : InteractlyEvent =>
            new TestCaseData(type, extra, typeof(T), (Func<InteractlyEvent, object?>)(e => read((T)e)), expected).SetName("Reads " + type);

        yield return Case<StartWorkflowEvent>("start_workflow", "", e => e.Type, "start_workflow");
        yield return Case<EndWorkflowEvent>("end_workflow", "\"llm_token_usage\":{\"total\":5}", e => e.LlmTokenUsage!.Value.GetProperty("total").GetInt32(), 5);
        yield return Case<EndWorkflowIterationEvent>("end_workflow_iteration", "\"iteration_number\":3,\"iteration_metrics\":{\"e2e_latency_milliseconds\":12.5,\"nodes_executed_count\":4,\"llm_call_count\":2,\"tool_call_count\":1,\"llm_latency_stats\":{}}", e => e.IterationMetrics!.NodesExecutedCount, 4);
        yield return Case<WorkflowReadyForInputEvent>("workflow_ready_for_input", "\"active_companion_thread_ids\":[\"0_companion_a\"]", e => e.ActiveCompanionThreadIds!.Single(), "0_companion_a");
        yield return Case<WorkflowErrorEvent>("workflow_error", "\"error_message\":\"boom\",\"stack_trace\":\"at x\"", e => e.ErrorMessage, "boom");
        yield return Case<WorkflowWarningEvent>("workflow_warning", "\"warning_message\":\"careful\"", e => e.WarningMessage, "careful");
        yield return Case<WorkflowDebugLogEvent>("workflow_debug_log", "\"chat_history\":[{\"type\":\"human\"}],\"debug_message\":\"dbg\"", e => e.DebugMessage, "dbg");
        yield return Case<WorkflowShowStateEvent>("workflow_show_state", "\"thread_id\":\"0\",\"runtime_variables\":{\"a\":1}", e => e.ThreadId, "0");
        yield return Case<WorkflowNavigationMessageEvent>("workflow_navigation_message", "\"message\":\"go\",\"origin_node_name\":\"Nav\"", e => e.Text + "|" + e.OriginNodeName, "go|Nav");
        yield return Case<StartThreadEvent>("start_thread", "", e => e.Type, "start_thread");
        yield return Case<EndThreadEvent>("end_thread", "\"last_node_logical_id\":\"n9\"", e => e.LastNodeLogicalId, "n9");
        yield return Case<PauseThreadEvent>("pause_thread", "\"last_node_logical_id\":\"n8\"", e => e.LastNodeLogicalId, "n8");
        yield return Case<StartNodeRunEvent>("start_node_run", "\"origin_node_name\":\"Greet\",\"run_input\":{\"type\":\"llm\"}", e => e.OriginNodeName, "Greet");
        yield return Case<EndNodeRunEvent>("end_node_run", "\"run_output\":{\"type\":\"say_llm\",\"structured_output\":{}}", e => e.RunOutput!.Value.GetProperty("type").GetString(), "say_llm");
        yield return Case<UserMessagesEvent>("user_messages", "\"messages\":[{\"type\":\"human\",\"content\":\"hi\"}]", e => e.Messages!.Count, 1);
        yield return Case<AssistantResponseEvent>("assistant_response", "\"content\":\"Hello!\",\"llm_usage_info\":{\"provider\":\"openai\",\"total_tokens\":42,\"finish_reason\":[\"stop\"]}", e => e.Content + "|" + e.LlmUsageInfo!.Provider + "|" + e.LlmUsageInfo.TotalTokens, "Hello!|openai|42");
        yield return Case<BusyWaitForUserMessageEvent>("busy_wait_for_user_message", "\"origin_node_logical_id\":\"ask\"", e => e.OriginNodeLogicalId, "ask");
        yield return Case<PauseNodeEvent>("pause_event", "\"origin_node_run_id\":\"r1\"", e => e.OriginNodeRunId, "r1");
        yield return Case<ForceTransferToNodeEvent>("force_transfer_to_node", "\"destination_node_logical_id\":\"d\"", e => e.DestinationNodeLogicalId, "d");
        yield return Case<LlmEvent>("llm", "\"message\":{\"type\":\"ai\",\"content\":\"raw\"}", e => e.MessageContent, "raw");
        yield return Case<SayLlmEvent>("say_llm", "\"message\":{\"type\":\"ai\",\"content\":\"say\"}", e => e.MessageContent, "say");
        yield return Case<WorkerLlmEvent>("worker_llm", "\"message\":{\"content\":\"work\"}", e => e.MessageContent, "work");
        yield return Case<ConditionEvaluatorLlmEvent>("condition_evaluator_llm", "\"destination_node_logical_id\":\"x\",\"is_condition_met\":true", e => e.IsConditionMet, true);
        yield return Case<DiscardedMainLlmEvent>("discarded_main_llm", "\"reason\":\"global_condition_matched\"", e => e.Reason, "global_condition_matched");
        yield return Case<SayStaticEvent>("say_static", "\"message\":\"static text\"", e => e.Text, "static text");
        yield return Case<DirectEdgeEvent>("direct_edge", "\"edge_name\":\"next\",\"source_node_logical_id\":\"a\",\"destination_node_logical_id\":\"b\"", e => e.DestinationNodeLogicalId, "b");
        yield return Case<SelfLoopEdgeEvent>("self_loop_edge", "\"edge_logical_id\":\"e1\"", e => e.EdgeLogicalId, "e1");
        yield return Case<CompanionEdgeEvent>("companion_edge", "\"edge_run_id\":\"er\"", e => e.EdgeRunId, "er");
        yield return Case<ConditionalEdgeEvent>("conditional_edge", "\"args_filled\":{\"k\":1},\"reason\":\"matched\"", e => e.Reason, "matched");
        yield return Case<ReverseConditionalEdgeEvent>("reverse_conditional_edge", "\"global_node_logical_id\":\"g\"", e => e.GlobalNodeLogicalId, "g");
        yield return Case<GuardrailEscalationEdgeEvent>("guardrail_escalation_edge", "\"num_guardrail_nodes_entered\":3", e => e.NumGuardrailNodesEntered, 3);
        yield return Case<SelfLoopDelayEvent>("self_loop_delay", "\"delay_seconds\":1.5,\"attempt_number\":2,\"edge_logical_id\":\"loop\"", e => e.DelaySeconds + "|" + e.EdgeLogicalId, "1.5|loop");
        yield return Case<SelfLoopExhaustedEvent>("self_loop_exhausted", "\"outcome\":\"max_retries\",\"total_attempts\":5,\"reason\":\"stopped after 5\",\"source_node_name\":\"Check\"", e => e.Outcome + "|" + e.Reason + "|" + e.SourceNodeName, "max_retries|stopped after 5|Check");
        yield return Case<NodeExpiredEvent>("node_expired", "\"attempt_number\":4,\"reason\":\"expiry\"", e => e.AttemptNumber, 4);
        yield return Case<WaitingConditionMatchedEvent>("waiting_condition_matched", "\"condition_expression\":\"{{x}} > 1\",\"transitions_this_wait\":1", e => e.ConditionExpression, "{{x}} > 1");
        yield return Case<CompanionStepBoundaryEvent>("companion_step_boundary", "\"companion_thread_id\":\"0_companion_a\",\"still_active\":true", e => e.StillActive, true);
        yield return Case<WaitingEvaluationBoundaryEvent>("waiting_evaluation_boundary", "\"parked_node_logical_id\":\"p\",\"edges_evaluated\":2,\"still_waiting\":false", e => e.ParkedNodeLogicalId, "p");
        yield return Case<HttpRequestEvent>("http_request", "\"curl_command\":\"curl x\",\"status_code\":200,\"response_body\":\"ok\"", e => e.StatusCode, 200);
        yield return Case<SendSmsEvent>("send_sms", "\"status\":\"sent\",\"destination_phone_number\":\"+1555\"", e => e.DestinationPhoneNumber, "+1555");
        yield return Case<StartConversationEvent>("start_conversation", "\"conversation_status\":\"open\",\"conversation_id\":\"c1\"", e => e.ConversationId, "c1");
        yield return Case<EndConversationEvent>("end_conversation", "\"processed_transcript\":\"a\"", e => e.ProcessedTranscript, "a");
        yield return Case<GoogleDocsCreateDocumentEvent>("google_docs_create_document", "\"document_id\":\"d1\",\"document_url\":\"https://docs/1\"", e => e.DocumentUrl, "https://docs/1");
        yield return Case<GoogleDocsGetDocumentEvent>("google_docs_get_document", "\"document_title\":\"T\",\"document_content\":\"body\"", e => e.DocumentTitle, "T");
        yield return Case<GoogleDocsUpdateDocumentEvent>("google_docs_update_document", "\"status\":\"ok\",\"document_url\":\"https://docs/2\",\"updated_content\":\"new\"", e => e.Status + "|" + e.DocumentUrl + "|" + e.UpdatedContent, "ok|https://docs/2|new");
        yield return Case<RunAckEvent>("run_ack", "\"workflow_run_id\":\"r1\",\"workflow_id\":\"w1\",\"message\":\"started\"", e => e.WorkflowRunId, "r1");
        yield return Case<AthenaEvent>("athena", "\"status_code\":201,\"response_body\":{\"id\":1}", e => e.StatusCode, 201);
    }

    [TestCaseSource(nameof(Samples))]
    public void Every_event_type_is_read_into_its_class_with_common_fields_and_raw_json(
        string type, string extra, Type expectedClass, Func<InteractlyEvent, object?> read, object? expected)
    {
        var json = "{\"type\":\"" + type + "\"," + Common + (extra.Length > 0 ? "," + extra : "") + "}";

        var item = Read(json);

        Assert.That(item, Is.InstanceOf(expectedClass));
        Assert.That(item.Type, Is.EqualTo(type));
        Assert.That(read(item), Is.EqualTo(expected));
        Assert.That(item.LogicalId, Is.EqualTo("event_1"));
        Assert.That(item.Timestamp, Is.EqualTo(1718000000.25));
        Assert.That(item.OccurredAt, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1718000000250)));
        Assert.That(item.OriginThreadId, Is.EqualTo("0"));
        Assert.That(item.ThreadReferenceId, Is.EqualTo("T0"));
        Assert.That(item.Interrupted, Is.False);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(item.RawJson.GetRawText()), JsonNode.Parse(json)), Is.True);
    }

    [Test]
    public void The_table_covers_every_sample_and_every_sample_is_in_the_table()
    {
        var sampled = Samples().Select(c => (string)c.Arguments[0]!).ToHashSet();

        Assert.That(InteractlyEventConverter.TypesByName.Keys, Is.EquivalentTo(sampled));
    }

    [Test]
    public void An_unknown_type_becomes_UnknownEvent_with_common_fields_and_raw_json()
    {
        const string json = "{\"logical_id\":\"event_9\",\"type\":\"hologram_projected\",\"timestamp\":1.5,\"beam\":{\"color\":\"blue\"}}";

        var item = Read(json);

        Assert.That(item, Is.TypeOf<UnknownEvent>());
        Assert.That(item.Type, Is.EqualTo("hologram_projected"));
        Assert.That(item.LogicalId, Is.EqualTo("event_9"));
        Assert.That(item.RawJson.GetProperty("beam").GetProperty("color").GetString(), Is.EqualTo("blue"));
    }

    [Test]
    public void The_discriminator_may_come_after_other_fields()
    {
        var item = Read("{\"content\":\"late type\",\"logical_id\":\"e\",\"type\":\"assistant_response\"}");

        Assert.That(item, Is.TypeOf<AssistantResponseEvent>());
        Assert.That(((AssistantResponseEvent)item).Content, Is.EqualTo("late type"));
    }

    [Test]
    public void A_known_type_with_an_unexpected_field_shape_keeps_its_class_with_that_field_unset()
    {
        const string response =
            "{\"run_id\":\"r\",\"status\":\"running\",\"turn_number\":1,\"events\":[" +
            "{\"type\":\"assistant_response\",\"content\":\"still shown\",\"llm_usage_info\":{\"total_tokens\":\"many\"}}," +
            "{\"type\":\"end_thread\"}]}";

        var parsed = JsonSerializer.Deserialize(response, InteractlyJsonContext.Default.InteractiveRunResponse)!;

        var assistant = (AssistantResponseEvent)parsed.Events[0];
        Assert.That(assistant.Content, Is.EqualTo("still shown"));
        Assert.That(assistant.LlmUsageInfo, Is.Null);
        Assert.That(assistant.RawJson.GetProperty("llm_usage_info").GetProperty("total_tokens").GetString(), Is.EqualTo("many"));
        Assert.That(parsed.Events[1], Is.TypeOf<EndThreadEvent>());
        Assert.That(parsed.GetAssistantMessages(), Is.EqualTo(new[] { "still shown" }));
    }

    [TestCase("{\"workflow_run_id\":\"r1\",\"workflow_id\":\"w1\",\"message\":\"started\"}")]
    [TestCase("{\"type\":null,\"workflow_run_id\":\"r1\"}")]
    [TestCase("{\"type\":\"\",\"workflow_run_id\":\"r1\"}")]
    public void A_frame_without_a_type_is_the_run_acknowledgement(string json)
    {
        var item = Read(json);

        Assert.That(item, Is.TypeOf<RunAckEvent>());
        Assert.That(item.Type, Is.EqualTo("run_ack"));
        Assert.That(((RunAckEvent)item).WorkflowRunId, Is.EqualTo("r1"));
    }

    [Test]
    public void An_event_whose_type_is_not_a_string_is_unknown_with_an_empty_type()
    {
        var item = Read("{\"type\":7,\"logical_id\":\"e\"}");

        Assert.That(item, Is.TypeOf<UnknownEvent>());
        Assert.That(item.Type, Is.Empty);
        Assert.That(item.LogicalId, Is.EqualTo("e"));
    }

    [TestCase("0", "0")]
    [TestCase("0_companion_poller", "poller")]
    [TestCase("0_companion_a_companion_b", "b")]
    public void The_thread_reference_id_is_derived_from_the_origin_thread_when_the_wire_omits_it(string origin, string expected)
    {
        var item = Read("{\"type\":\"start_workflow\",\"origin_thread_id\":\"" + origin + "\"}");

        Assert.That(item.ThreadReferenceId, Is.EqualTo(expected));
    }

    [Test]
    public void The_thread_reference_id_is_null_without_a_thread_and_the_servers_value_wins_when_sent()
    {
        Assert.That(Read("{\"type\":\"start_workflow\"}").ThreadReferenceId, Is.Null);
        Assert.That(Read("{\"type\":\"start_workflow\",\"origin_thread_id\":\"0_companion_x\",\"thread_reference_id\":\"given\"}").ThreadReferenceId, Is.EqualTo("given"));
    }

    [Test]
    public void A_show_state_event_derives_its_thread_reference_from_the_thread_it_shows()
    {
        var item = Read("{\"type\":\"workflow_show_state\",\"thread_id\":\"0_companion_watcher\",\"origin_thread_id\":\"0\"}");

        Assert.That(item.ThreadReferenceId, Is.EqualTo("watcher"));
    }

    [Test]
    public void A_say_llm_event_with_top_level_content_exposes_it_as_its_text()
    {
        var withContent = (SayLlmEvent)Read("{\"type\":\"say_llm\",\"origin_node_logical_id\":\"node_x\",\"content\":\"Hello!\"}");
        var withMessage = (SayLlmEvent)Read("{\"type\":\"say_llm\",\"message\":{\"content\":\"From message\"}}");

        Assert.That(withContent.Text, Is.EqualTo("Hello!"));
        Assert.That(withContent.Content, Is.EqualTo("Hello!"));
        Assert.That(withMessage.Text, Is.EqualTo("From message"));
    }

    [Test]
    public void A_navigation_message_that_is_an_object_keeps_the_typed_event()
    {
        var item = Read("{\"type\":\"workflow_navigation_message\",\"origin_node_logical_id\":\"n1\",\"message\":{\"type\":\"ai\",\"content\":\"Going on\"}}");

        var navigation = (WorkflowNavigationMessageEvent)item;
        Assert.That(navigation.OriginNodeLogicalId, Is.EqualTo("n1"));
        Assert.That(navigation.Message!.Value.ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(navigation.Text, Is.EqualTo("Going on"));
    }

    [Test]
    public void Several_fields_of_unexpected_types_are_each_left_unset_and_the_rest_still_read()
    {
        var item = Read("{\"type\":\"http_request\",\"logical_id\":\"e1\",\"status_code\":\"two hundred\",\"curl_command\":[1],\"error\":\"timeout\",\"origin_node_name\":\"Call\"}");

        var request = (HttpRequestEvent)item;
        Assert.Multiple(() =>
        {
            Assert.That(request.StatusCode, Is.Null);
            Assert.That(request.CurlCommand, Is.Null);
            Assert.That(request.Error, Is.EqualTo("timeout"));
            Assert.That(request.OriginNodeName, Is.EqualTo("Call"));
            Assert.That(request.LogicalId, Is.EqualTo("e1"));
            Assert.That(request.RawJson.GetProperty("status_code").GetString(), Is.EqualTo("two hundred"));
        });
    }

    [Test]
    public void A_non_object_event_is_a_json_error()
    {
        Assert.That(
            () => JsonSerializer.Deserialize("[1]", InteractlyJsonContext.Default.IReadOnlyListInteractlyEvent),
            Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void Events_read_from_the_wire_serialize_back_to_their_original_json()
    {
        const string events =
            "[{\"type\":\"assistant_response\",\"content\":\"Hi\",\"unmodelled\":[1,2]}," +
            "{\"type\":\"brand_new\",\"x\":true}]";
        var parsed = JsonSerializer.Deserialize(events, InteractlyJsonContext.Default.IReadOnlyListInteractlyEvent)!;

        var written = JsonSerializer.Serialize(parsed, InteractlyJsonContext.Default.IReadOnlyListInteractlyEvent);

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(events)), Is.True, written);
    }

    [Test]
    public void An_event_built_in_code_serializes_its_typed_fields_with_snake_case_names()
    {
        InteractlyEvent built = new AssistantResponseEvent { Content = "Hi", OriginNodeLogicalId = "n1", Timestamp = 2 };

        var written = JsonSerializer.Serialize(built, InteractlyJsonContext.Default.InteractlyEvent);
        var reread = Read(written);

        Assert.That(written, Does.Contain("\"type\":\"assistant_response\"").And.Contain("\"origin_node_logical_id\":\"n1\""));
        Assert.That(reread, Is.TypeOf<AssistantResponseEvent>());
        Assert.That(((AssistantResponseEvent)reread).Content, Is.EqualTo("Hi"));
    }

    [Test]
    public void The_model_factory_reads_events_like_the_wire_does()
    {
        var item = InteractlyModelFactory.EventFromJson("{\"type\":\"workflow_error\",\"error_message\":\"x\"}");
        var unknown = InteractlyModelFactory.UnknownEvent("odd");

        Assert.That(item, Is.TypeOf<WorkflowErrorEvent>());
        Assert.That(unknown.RawJson.GetProperty("type").GetString(), Is.EqualTo("odd"));
    }

    private static InteractlyEvent Read(string json) =>
        JsonSerializer.Deserialize(json, InteractlyJsonContext.Default.InteractlyEvent)!;
}
