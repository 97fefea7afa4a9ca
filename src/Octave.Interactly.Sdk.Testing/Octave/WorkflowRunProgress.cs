using System;
using System.Text.Json.Nodes;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// The counters and timestamps of a workflow run at a moment: pending (nothing started), running
/// (counters grow linearly with time) or done (every item processed).
/// </summary>
internal static class WorkflowRunProgress
{
    public static JsonObject Describe(WorkflowRunRecord run, DateTimeOffset now)
    {
        var scenario = run.Scenario;
        int total = scenario.TotalCount;
        int failedTotal = run.Fails ? Math.Max(scenario.FailedCount, 1) : scenario.FailedCount;
        failedTotal = Math.Min(failedTotal, total);
        bool started = now >= run.StartedAt;
        bool done = now >= run.CompletedAt;

        int processed;
        int failed;
        if (done)
        {
            processed = total;
            failed = failedTotal;
        }
        else if (started)
        {
            double fraction = run.Running <= TimeSpan.Zero ? 1 : (now - run.StartedAt) / run.Running;
            processed = Math.Min(total - 1, (int)(total * fraction));
            failed = Math.Min(processed, (int)(failedTotal * fraction));
        }
        else
        {
            processed = 0;
            failed = 0;
        }

        return new JsonObject
        {
            ["jobOId"] = run.JobOId,
            ["totalCount"] = total,
            ["processedCount"] = processed,
            ["successCount"] = processed - failed,
            ["failedCount"] = failed,
            ["startedAt"] = started ? IsoTime.Format(run.StartedAt) : null,
            ["completedAt"] = done ? IsoTime.Format(run.CompletedAt) : null,
            ["createdAt"] = IsoTime.Format(run.CreatedAt),
            ["workflowOId"] = scenario.WorkflowOId,
            ["callbackUrl"] = run.CallbackUrl?.ToString(),
            ["circuitBreakerReason"] = done && run.Fails ? scenario.CircuitBreakerReason ?? "Too many failed items" : null,
        };
    }
}
