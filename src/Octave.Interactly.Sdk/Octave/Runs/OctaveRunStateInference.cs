namespace Octave.Interactly.Sdk;

/// <summary>
/// Reads a Runs API run's state. Unlike the workflow status endpoint, the Runs API sends a <c>status</c>: it wins
/// (<c>queued</c> is pending, <c>partial</c> is failed). Without one, the counts decide: every item finished means
/// the run ended (failed if any item failed or was cancelled); a finished or running item means running.
/// </summary>
internal static class OctaveRunStateInference
{
    public static OctaveRunState Infer(OctaveRunDetails? run)
    {
        if (run is null)
        {
            return OctaveRunState.Pending;
        }

        if (run.Status.Value is not null)
        {
            var reported = run.Status.ToRunState();
            if (reported.IsKnown || run.CompletedAt is null)
            {
                return reported;
            }
        }

        var counts = run.Counts;
        long finished = (counts?.Succeeded ?? 0) + (counts?.Failed ?? 0) + (counts?.Cancelled ?? 0);
        if (run.CompletedAt is not null || (counts?.Total is > 0 && finished >= counts.Total))
        {
            return (counts?.Failed ?? 0) + (counts?.Cancelled ?? 0) > 0 || !string.IsNullOrEmpty(run.Error)
                ? OctaveRunState.Failed
                : OctaveRunState.Succeeded;
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
