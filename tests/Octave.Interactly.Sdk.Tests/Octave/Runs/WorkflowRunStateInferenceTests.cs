using System;

namespace Octave.Interactly.Sdk.Tests.Runs;

/// <summary>A workflow run's state, read from a status answer that has no status field.</summary>
public sealed class WorkflowRunStateInferenceTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Nothing_started_is_pending() =>
        Assert.That(Infer(new WorkflowRunStatus { TotalCount = 5, ProcessedCount = 0 }), Is.EqualTo(OctaveRunState.Pending));

    [Test]
    public void Started_is_running() =>
        Assert.That(Infer(new WorkflowRunStatus { TotalCount = 5, ProcessedCount = 0, StartedAt = Now }), Is.EqualTo(OctaveRunState.Running));

    [Test]
    public void Items_processed_without_a_start_time_is_running() =>
        Assert.That(Infer(new WorkflowRunStatus { TotalCount = 5, ProcessedCount = 2 }), Is.EqualTo(OctaveRunState.Running));

    [Test]
    public void Completed_at_set_is_succeeded() =>
        Assert.That(Infer(new WorkflowRunStatus { StartedAt = Now, CompletedAt = Now }), Is.EqualTo(OctaveRunState.Succeeded));

    [Test]
    public void All_items_processed_is_finished_even_without_completed_at() =>
        Assert.That(Infer(new WorkflowRunStatus { TotalCount = 3, ProcessedCount = 3, StartedAt = Now }), Is.EqualTo(OctaveRunState.Succeeded));

    [Test]
    public void Zero_total_is_not_finished_by_the_counters() =>
        Assert.That(Infer(new WorkflowRunStatus { TotalCount = 0, ProcessedCount = 0 }), Is.EqualTo(OctaveRunState.Pending));

    [Test]
    public void Failed_items_in_a_finished_run_fail_it() =>
        Assert.That(Infer(new WorkflowRunStatus { TotalCount = 3, ProcessedCount = 3, FailedCount = 1, CompletedAt = Now }), Is.EqualTo(OctaveRunState.Failed));

    [Test]
    public void Failed_items_while_still_running_do_not_end_it() =>
        Assert.That(Infer(new WorkflowRunStatus { TotalCount = 10, ProcessedCount = 4, FailedCount = 1, StartedAt = Now }), Is.EqualTo(OctaveRunState.Running));

    [Test]
    public void A_circuit_breaker_reason_fails_the_run_even_before_completed_at() =>
        Assert.That(Infer(new WorkflowRunStatus { TotalCount = 10, ProcessedCount = 4, StartedAt = Now, CircuitBreakerReason = "Too many failures" }), Is.EqualTo(OctaveRunState.Failed));

    [Test]
    public void An_empty_circuit_breaker_reason_is_ignored() =>
        Assert.That(Infer(new WorkflowRunStatus { CompletedAt = Now, CircuitBreakerReason = " " }), Is.EqualTo(OctaveRunState.Succeeded));

    [TestCase("running", "running")]
    [TestCase("completed", "succeeded")]
    [TestCase("FAILED", "failed")]
    [TestCase("queued", "pending")]
    [TestCase("canceled", "cancelled")]
    public void A_status_key_wins_over_the_fields(string status, string expected)
    {
        // The fields say "finished and failed"; the status key decides.
        var state = Infer(new WorkflowRunStatus { Status = status, CompletedAt = Now, FailedCount = 2, TotalCount = 2, ProcessedCount = 2 });
        Assert.That(state, Is.EqualTo(new OctaveRunState(expected)));
    }

    [Test]
    public void An_unknown_status_is_kept_as_received()
    {
        var state = Infer(new WorkflowRunStatus { Status = "paused", StartedAt = Now });
        Assert.Multiple(() =>
        {
            Assert.That(state.Value, Is.EqualTo("paused"));
            Assert.That(state.IsKnown, Is.False);
            Assert.That(state.IsTerminal, Is.False);
        });
    }

    [Test]
    public void An_unknown_status_cannot_hide_a_finished_run() =>
        Assert.That(Infer(new WorkflowRunStatus { Status = "archived", CompletedAt = Now }), Is.EqualTo(OctaveRunState.Succeeded));

    [Test]
    public void The_error_of_a_failed_run_is_the_circuit_breaker_reason_or_the_failed_count()
    {
        var broken = new WorkflowRunStatus { CompletedAt = Now, CircuitBreakerReason = "Stopped early" };
        var itemsFailed = new WorkflowRunStatus { CompletedAt = Now, TotalCount = 10, ProcessedCount = 10, FailedCount = 4 };
        Assert.Multiple(() =>
        {
            Assert.That(WorkflowRunStateInference.ErrorOf(broken, Infer(broken)), Is.EqualTo("Stopped early"));
            Assert.That(WorkflowRunStateInference.ErrorOf(itemsFailed, Infer(itemsFailed)), Is.EqualTo("4 of 10 items failed."));
            Assert.That(WorkflowRunStateInference.ErrorOf(new WorkflowRunStatus { CompletedAt = Now }, OctaveRunState.Succeeded), Is.Null);
        });
    }

    private static OctaveRunState Infer(WorkflowRunStatus status) => WorkflowRunStateInference.Infer(status);
}
