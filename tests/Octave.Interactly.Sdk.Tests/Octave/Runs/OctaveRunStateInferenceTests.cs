using System;

namespace Octave.Interactly.Sdk.Tests.Runs;

/// <summary>A Runs API run's state: the reported status wins; without a known one, the counts and timestamps decide.</summary>
public sealed class OctaveRunStateInferenceTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [TestCase("queued", "pending")]
    [TestCase("running", "running")]
    [TestCase("succeeded", "succeeded")]
    [TestCase("partial", "failed")]
    [TestCase("failed", "failed")]
    [TestCase("cancelled", "cancelled")]
    [TestCase("SUCCEEDED", "succeeded")]
    public void A_reported_status_maps_to_the_sdk_state(string status, string state) =>
        Assert.That(OctaveRunStateInference.Infer(new OctaveRunDetails { Status = status }), Is.EqualTo(new OctaveRunState(state)));

    [Test]
    public void A_reported_status_wins_over_the_counts() =>
        Assert.That(
            OctaveRunStateInference.Infer(new OctaveRunDetails { Status = OctaveRunStatus.Running, Counts = new OctaveRunCounts { Total = 2, Succeeded = 2 } }),
            Is.EqualTo(OctaveRunState.Running));

    [Test]
    public void No_answer_and_no_fields_is_pending()
    {
        Assert.That(OctaveRunStateInference.Infer(null), Is.EqualTo(OctaveRunState.Pending));
        Assert.That(OctaveRunStateInference.Infer(new OctaveRunDetails()), Is.EqualTo(OctaveRunState.Pending));
    }

    [Test]
    public void Without_a_status_finished_items_decide()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Infer(new OctaveRunCounts { Total = 3, Succeeded = 1 }), Is.EqualTo(OctaveRunState.Running));
            Assert.That(Infer(new OctaveRunCounts { Total = 3, Running = 3 }), Is.EqualTo(OctaveRunState.Running));
            Assert.That(Infer(new OctaveRunCounts { Total = 3, Succeeded = 3 }), Is.EqualTo(OctaveRunState.Succeeded));
            Assert.That(Infer(new OctaveRunCounts { Total = 3, Succeeded = 2, Failed = 1 }), Is.EqualTo(OctaveRunState.Failed));
            Assert.That(Infer(new OctaveRunCounts { Total = 3, Succeeded = 2, Cancelled = 1 }), Is.EqualTo(OctaveRunState.Failed));
            Assert.That(Infer(new OctaveRunCounts { Total = 0 }), Is.EqualTo(OctaveRunState.Pending), "zero items never ends a run by counting");
        });
    }

    [Test]
    public void An_unknown_status_is_kept_until_the_fields_say_the_run_ended()
    {
        var waiting = OctaveRunStateInference.Infer(new OctaveRunDetails { Status = "throttled", Counts = new OctaveRunCounts { Total = 2, Succeeded = 1 } });
        var ended = OctaveRunStateInference.Infer(new OctaveRunDetails { Status = "archived", Counts = new OctaveRunCounts { Total = 2, Succeeded = 2 } });
        var completed = OctaveRunStateInference.Infer(new OctaveRunDetails { Status = "archived", CompletedAt = Now, Error = "boom" });

        Assert.Multiple(() =>
        {
            Assert.That(waiting.Value, Is.EqualTo("throttled"));
            Assert.That(waiting.IsTerminal, Is.False);
            Assert.That(ended, Is.EqualTo(OctaveRunState.Succeeded));
            Assert.That(completed, Is.EqualTo(OctaveRunState.Failed));
        });
    }

    [Test]
    public void A_partial_run_explains_how_many_items_failed()
    {
        var run = new OctaveRunDetails { Status = OctaveRunStatus.Partial, Counts = new OctaveRunCounts { Total = 10, Failed = 4 } };

        Assert.That(OctaveRunStateInference.ErrorOf(run, OctaveRunState.Failed), Is.EqualTo("4 of 10 items failed."));
        Assert.That(OctaveRunStateInference.ErrorOf(run, OctaveRunState.Succeeded), Is.Null);
    }

    private static OctaveRunState Infer(OctaveRunCounts counts) => OctaveRunStateInference.Infer(new OctaveRunDetails { Counts = counts });
}
