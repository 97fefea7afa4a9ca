using System.Text.Json;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests;

public class InteractlyRunStatusTests
{
    [TestCase("completed", true, false)]
    [TestCase("failed", true, false)]
    [TestCase("cancelled", true, false)]
    [TestCase("aborted_looping_risk", true, false)]
    [TestCase("started", false, true)]
    [TestCase("running", false, true)]
    [TestCase("waiting_for_user_input", false, true)]
    [TestCase("paused", false, false)]
    [TestCase("not_started", false, false)]
    public void Known_statuses_are_classified(string wire, bool terminal, bool active)
    {
        var status = ReadStatus(wire);

        Assert.That(status.IsKnown, Is.True);
        Assert.That(status.IsTerminal, Is.EqualTo(terminal));
        Assert.That(status.IsActive, Is.EqualTo(active));
        Assert.That(status.Value, Is.EqualTo(wire));
    }

    [Test]
    public void An_unknown_status_is_kept_with_its_raw_value_and_written_back()
    {
        var status = ReadStatus("hibernating");

        Assert.That(status.IsKnown, Is.False);
        Assert.That(status.IsTerminal, Is.False);
        Assert.That(status.IsActive, Is.False);
        Assert.That(status.ToString(), Is.EqualTo("hibernating"));
        Assert.That(JsonSerializer.Serialize(status, InteractlyJsonContext.Default.InteractlyRunStatus), Is.EqualTo("\"hibernating\""));
    }

    [Test]
    public void A_missing_or_null_status_is_Unknown()
    {
        var missing = JsonSerializer.Deserialize("{\"run_id\":\"r\"}", InteractlyJsonContext.Default.InteractiveRunResponse)!;
        var nulled = JsonSerializer.Deserialize("{\"run_id\":\"r\",\"status\":null}", InteractlyJsonContext.Default.InteractiveRunResponse)!;

        Assert.That(missing.Status, Is.EqualTo(InteractlyRunStatus.Unknown));
        Assert.That(nulled.Status.IsUnknown, Is.True);
        Assert.That(InteractlyRunStatus.Unknown.ToString(), Is.EqualTo("unknown"));
    }

    [Test]
    public void Statuses_compare_by_value()
    {
        Assert.That(new InteractlyRunStatus("completed"), Is.EqualTo(InteractlyRunStatus.Completed));
        Assert.That(new InteractlyRunStatus("completed") == InteractlyRunStatus.Completed, Is.True);
        Assert.That(InteractlyRunStatus.Completed != InteractlyRunStatus.Failed, Is.True);
    }

    [Test]
    public void An_unknown_command_is_kept_and_an_unset_command_is_start()
    {
        Assert.That(default(WorkflowCommand).Value, Is.EqualTo("start"));
        Assert.That(JsonSerializer.Deserialize("\"rewind\"", InteractlyJsonContext.Default.WorkflowCommand).Value, Is.EqualTo("rewind"));
    }

    private static InteractlyRunStatus ReadStatus(string wire) =>
        JsonSerializer.Deserialize("\"" + wire + "\"", InteractlyJsonContext.Default.InteractlyRunStatus);
}
