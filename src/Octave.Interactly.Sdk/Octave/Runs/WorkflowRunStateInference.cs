namespace Octave.Interactly.Sdk;

/// <summary>
/// Reads a workflow run's state from a status answer, which has no status field. The rules, in order:
/// a recognised <c>status</c> key wins; a non-empty <c>circuitBreakerReason</c> means Octave stopped the run (failed);
/// the run is finished when <c>completedAt</c> is set or <c>processedCount ≥ totalCount &gt; 0</c>, and then failed
/// if <c>failedCount &gt; 0</c>, succeeded otherwise; before that it is running once <c>startedAt</c> is set or items
/// were processed, pending before. An unrecognised <c>status</c> is kept as the state unless the fields say the run
/// finished, so an unknown value can never make a wait run forever.
/// </summary>
internal static class WorkflowRunStateInference
{
    public static OctaveRunState Infer(WorkflowRunStatus? status)
    {
        if (status is null)
        {
            return OctaveRunState.Pending;
        }

        OctaveRunState? reported = string.IsNullOrWhiteSpace(status.Status) ? null : OctaveRunState.FromServerStatus(status.Status!);
        if (reported is { IsKnown: true } known)
        {
            return known;
        }

        if (!string.IsNullOrWhiteSpace(status.CircuitBreakerReason))
        {
            return OctaveRunState.Failed;
        }

        var finished = status.CompletedAt is not null
            || (status.TotalCount is > 0 && status.ProcessedCount >= status.TotalCount);
        if (finished)
        {
            return status.FailedCount is > 0 ? OctaveRunState.Failed : OctaveRunState.Succeeded;
        }

        if (reported is { } unknown)
        {
            return unknown;
        }

        return status.StartedAt is not null || status.ProcessedCount is > 0 ? OctaveRunState.Running : OctaveRunState.Pending;
    }

    /// <summary>The error a failed run reports by polling: the circuit breaker's reason, or the failed-item count.</summary>
    public static string? ErrorOf(WorkflowRunStatus? status, OctaveRunState state)
    {
        if (status is null || !state.IsFailure)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(status.CircuitBreakerReason))
        {
            return status.CircuitBreakerReason;
        }

        return status.FailedCount is > 0
            ? $"{status.FailedCount} of {status.TotalCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} items failed."
            : $"The run ended with status '{state}'.";
    }
}
