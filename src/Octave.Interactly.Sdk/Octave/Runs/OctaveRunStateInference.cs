namespace Octave.Interactly.Sdk;

/// <summary>
/// Reads a Runs API run's state. Unlike the workflow status endpoint, the Runs API sends a <c>status</c>: it wins
/// (<c>queued</c> is pending, <c>partial</c> is failed). Without a status this SDK knows, the fields decide:
/// <c>completedAt</c> set or every item finished means the run ended (failed if any item failed or was cancelled, or
/// an <c>error</c> is set); otherwise an unknown status is kept, and without one a finished or running item means
/// running, nothing yet means pending.
/// </summary>
internal static class OctaveRunStateInference
{
    public static OctaveRunState Infer(OctaveRunDetails? run)
    {
        if (run is null)
        {
            return OctaveRunState.Pending;
        }

        OctaveRunState? reported = run.Status.Value is null ? null : run.Status.ToRunState();
        if (reported is { IsKnown: true } known)
        {
            return known;
        }

        var counts = run.Counts;
        long failed = (counts?.Failed ?? 0) + (counts?.Cancelled ?? 0);
        long finished = (counts?.Succeeded ?? 0) + failed;
        if (run.CompletedAt is not null || (counts?.Total is > 0 && finished >= counts.Total))
        {
            return failed > 0 || !string.IsNullOrEmpty(run.Error) ? OctaveRunState.Failed : OctaveRunState.Succeeded;
        }

        // An unknown status is kept as the state unless the fields say the run ended, so it can never make a wait run forever.
        if (reported is { } unknown)
        {
            return unknown;
        }

        return finished > 0 || counts?.Running is > 0 ? OctaveRunState.Running : OctaveRunState.Pending;
    }

    public static string? ErrorOf(OctaveRunDetails? run, OctaveRunState state)
    {
        if (!state.IsFailure)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(run?.Error))
        {
            return run!.Error;
        }

        return run?.Status == OctaveRunStatus.Partial
            ? $"{run.Counts?.Failed ?? 0} of {run.Counts?.Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} items failed."
            : "The run ended as " + (run?.Status.Value ?? state.Value) + ".";
    }
}
