using System;
using System.Text;
using System.Text.Json;

namespace Octave.Interactly.Sdk.Tests.Callbacks;

public sealed class OctaveCallbackParserTests
{
    private static OctaveCallback Parse(string json) => OctaveCallbackParser.Parse(Encoding.UTF8.GetBytes(json));

    [TestCase("jobOId", OctaveRunKind.Workflow)]
    [TestCase("workflowRunOId", OctaveRunKind.Workflow)]
    [TestCase("requestId", OctaveRunKind.Agent)]
    [TestCase("agentRunOId", OctaveRunKind.Agent)]
    public void Reads_the_run_id_under_every_name_the_sources_use(string idName, OctaveRunKind expectedKind)
    {
        var callback = Parse($$"""{"{{idName}}":"run_1","status":"succeeded"}""");

        Assert.That(callback.RunId, Is.EqualTo("run_1"));
        Assert.That(callback.Kind, Is.EqualTo(expectedKind));
    }

    [Test]
    public void Prefers_workflow_ids_in_documented_order_over_agent_ids()
    {
        Assert.That(Parse("""{"workflowRunOId":"w2","jobOId":"w1","requestId":"a1"}""").RunId, Is.EqualTo("w1"));
        Assert.That(Parse("""{"agentRunOId":"a2","workflowRunOId":"w2"}""").RunId, Is.EqualTo("w2"));
        Assert.That(Parse("""{"agentRunOId":"a2","requestId":"a1"}""").RunId, Is.EqualTo("a1"));
    }

    [Test]
    public void Skips_an_empty_or_non_string_id_and_uses_the_next_name()
    {
        Assert.That(Parse("""{"jobOId":"","workflowRunOId":"w2"}""").RunId, Is.EqualTo("w2"));
        Assert.That(Parse("""{"jobOId":42,"requestId":"a1"}""").RunId, Is.EqualTo("a1"));
    }

    [Test]
    public void Maps_succeeded_and_failed_and_keeps_an_unknown_status_as_received()
    {
        var succeeded = Parse("""{"jobOId":"r","status":"succeeded"}""");
        var failed = Parse("""{"jobOId":"r","status":"failed","error":"boom"}""");
        var unknown = Parse("""{"jobOId":"r","status":"Partially_Done"}""");

        Assert.Multiple(() =>
        {
            Assert.That(succeeded.Status, Is.EqualTo(OctaveCallbackStatus.Succeeded));
            Assert.That(succeeded.Status.IsSuccess, Is.True);
            Assert.That(failed.Status, Is.EqualTo(OctaveCallbackStatus.Failed));
            Assert.That(failed.Status.IsFailure, Is.True);
            Assert.That(unknown.Status.Value, Is.EqualTo("Partially_Done"));
            Assert.That(unknown.Status.IsKnown, Is.False);
            Assert.That(unknown.Status.IsSuccess || unknown.Status.IsFailure, Is.False);
        });
    }

    [Test]
    public void Status_compares_case_insensitively_and_the_dedup_key_ignores_case()
    {
        var upper = Parse("""{"jobOId":"r","status":"SUCCEEDED"}""");
        var lower = Parse("""{"jobOId":"r","status":"succeeded"}""");

        Assert.That(upper.Status, Is.EqualTo(OctaveCallbackStatus.Succeeded));
        Assert.That(upper.DeduplicationKey, Is.EqualTo(lower.DeduplicationKey));
        Assert.That(lower.DeduplicationKey, Is.Not.EqualTo(Parse("""{"jobOId":"r","status":"failed"}""").DeduplicationKey));
    }

    [TestCase("output")]
    [TestCase("result")]
    [TestCase("data")]
    public void Reads_the_output_under_each_name(string outputName)
    {
        var callback = Parse($$$$"""{"requestId":"a","status":"succeeded","{{{{outputName}}}}":{"company":{"name":"Acme"}}}""");

        Assert.That(callback.Output, Is.Not.Null);
        Assert.That(callback.Output!.Value.GetProperty("company").GetProperty("name").GetString(), Is.EqualTo("Acme"));
    }

    [Test]
    public void Output_prefers_output_then_result_then_data_and_null_means_absent()
    {
        Assert.That(Parse("""{"jobOId":"r","data":1,"result":2,"output":3}""").Output!.Value.GetInt32(), Is.EqualTo(3));
        Assert.That(Parse("""{"jobOId":"r","output":null,"data":1,"result":2}""").Output!.Value.GetInt32(), Is.EqualTo(2));
        Assert.That(Parse("""{"jobOId":"r","status":"failed"}""").Output, Is.Null);
    }

    [Test]
    public void Output_outlives_the_parsed_document()
    {
        var callback = Parse("""{"jobOId":"r","output":["a","b"]}""");
        GC.Collect();

        Assert.That(callback.Output!.Value.GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void Reads_the_error_as_a_string_or_from_an_object()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Parse("""{"jobOId":"r","error":"Rate limited"}""").Error, Is.EqualTo("Rate limited"));
            Assert.That(Parse("""{"jobOId":"r","error":{"message":"Bad input","code":7}}""").Error, Is.EqualTo("Bad input"));
            Assert.That(Parse("""{"jobOId":"r","error":{"detail":"Detail text"}}""").Error, Is.EqualTo("Detail text"));
            Assert.That(Parse("""{"jobOId":"r","error":{"code":7}}""").Error, Is.EqualTo("""{"code":7}"""));
            Assert.That(Parse("""{"jobOId":"r","error":null}""").Error, Is.Null);
            Assert.That(Parse("""{"jobOId":"r","error":""}""").Error, Is.Null);
        });
    }

    [Test]
    public void Keeps_the_raw_json_and_reads_the_optional_fields()
    {
        const string json = """{"jobOId":"bsjob_1","workflowOId":"caw_1","status":"succeeded","completedAt":"2030-01-02T03:04:05Z","extra":{"x":1}}""";
        var callback = Parse(json);

        Assert.Multiple(() =>
        {
            Assert.That(callback.RawJson, Is.EqualTo(json));
            Assert.That(callback.WorkflowOId, Is.EqualTo("caw_1"));
            Assert.That(callback.CompletedAt, Is.EqualTo(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero)));
            Assert.That(Parse("""{"requestId":"a","agentOId":"ca_1","completedAt":"not a date"}""").AgentOId, Is.EqualTo("ca_1"));
            Assert.That(Parse("""{"requestId":"a","completedAt":"not a date"}""").CompletedAt, Is.Null);
        });
    }

    [Test]
    public void ToString_names_the_run_and_status_but_not_the_output()
    {
        var text = Parse("""{"jobOId":"bsjob_1","status":"succeeded","output":{"secret":"s3cr3t"}}""").ToString();

        Assert.That(text, Does.Contain("bsjob_1").And.Contain("succeeded").And.Not.Contain("s3cr3t"));
    }

    [TestCase("", "empty")]
    [TestCase("not json", "not valid JSON")]
    [TestCase("{\"jobOId\":", "not valid JSON")]
    [TestCase("{\"jobOId\":\"r\"} trailing", "content after")]
    [TestCase("{\"jobOId\":\"r\"}{\"jobOId\":\"s\"}", "content after")]
    [TestCase("[{\"jobOId\":\"r\"}]", "must be a JSON object")]
    [TestCase("\"jobOId\"", "must be a JSON object")]
    [TestCase("null", "must be a JSON object")]
    [TestCase("{\"status\":\"succeeded\"}", "no run id")]
    [TestCase("{\"jobOId\":null,\"requestId\":\"\"}", "no run id")]
    public void Rejects_a_body_that_is_not_a_callback_with_a_clear_FormatException(string body, string expectedMessagePart)
    {
        var exception = Assert.Throws<FormatException>(() => Parse(body));

        Assert.That(exception!.Message, Does.Contain(expectedMessagePart));
        Assert.That(OctaveCallbackParser.TryParse(Encoding.UTF8.GetBytes(body), out var callback, out var error), Is.False);
        Assert.That(callback, Is.Null);
        Assert.That(error, Is.EqualTo(exception.Message));
    }

    [Test]
    public void Rejects_invalid_utf8()
    {
        var body = new byte[] { (byte)'{', (byte)'"', (byte)'j', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}' };

        Assert.Throws<FormatException>(() => OctaveCallbackParser.Parse(body));
    }

    [Test]
    public void Tolerates_surrounding_whitespace_and_unknown_fields()
    {
        var callback = Parse("  \n{\"newField\":[1,2],\"requestId\":\"a\",\"status\":\"succeeded\"}\n ");

        Assert.That(callback.RunId, Is.EqualTo("a"));
    }

    [Test]
    public void Round_trips_the_status_through_its_json_converter()
    {
        var json = JsonSerializer.Serialize(new OctaveCallbackStatus("queued"), StatusJson.Default.OctaveCallbackStatus);

        Assert.That(json, Is.EqualTo("\"queued\""));
        Assert.That(JsonSerializer.Deserialize(json, StatusJson.Default.OctaveCallbackStatus).Value, Is.EqualTo("queued"));
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(OctaveCallbackStatus))]
internal sealed partial class StatusJson : System.Text.Json.Serialization.JsonSerializerContext
{
}
