using System.Text.Json;

namespace Octave.Interactly.Sdk.Tests.Runs;

/// <summary>An async agent run's state: done when <c>result</c> or <c>error</c> is set.</summary>
public sealed class AgentRunStateInferenceTests
{
    [Test]
    public void Neither_result_nor_error_is_pending() =>
        Assert.That(AgentRunStateInference.Infer(new AgentRunStatus { RequestId = "r" }), Is.EqualTo(OctaveRunState.Pending));

    [Test]
    public void A_result_is_success() =>
        Assert.That(AgentRunStateInference.Infer(new AgentRunStatus { Result = Json("{\"ok\":true}") }), Is.EqualTo(OctaveRunState.Succeeded));

    [Test]
    public void A_json_null_result_is_still_pending() =>
        Assert.That(AgentRunStateInference.Infer(new AgentRunStatus { Result = Json("null") }), Is.EqualTo(OctaveRunState.Pending));

    [Test]
    public void An_error_is_failure_even_with_a_result() =>
        Assert.That(AgentRunStateInference.Infer(new AgentRunStatus { Result = Json("{}"), Error = "boom" }), Is.EqualTo(OctaveRunState.Failed));

    [Test]
    public void An_empty_error_is_ignored() =>
        Assert.That(AgentRunStateInference.Infer(new AgentRunStatus { Error = "" }), Is.EqualTo(OctaveRunState.Pending));

    [Test]
    public void A_status_key_wins() =>
        Assert.That(AgentRunStateInference.Infer(new AgentRunStatus { Status = "running", Result = Json("{}") }), Is.EqualTo(OctaveRunState.Running));

    [Test]
    public void An_unknown_status_is_kept_until_a_result_arrives()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AgentRunStateInference.Infer(new AgentRunStatus { Status = "thinking" }).Value, Is.EqualTo("thinking"));
            Assert.That(AgentRunStateInference.Infer(new AgentRunStatus { Status = "thinking", Result = Json("1") }), Is.EqualTo(OctaveRunState.Succeeded));
        });
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
