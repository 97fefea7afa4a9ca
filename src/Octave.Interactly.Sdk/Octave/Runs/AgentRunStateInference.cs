namespace Octave.Interactly.Sdk;

/// <summary>
/// Reads an async agent (or email-generation) run's state from a status answer, which has no status field:
/// a recognised <c>status</c> key wins; a non-empty <c>error</c> means failed; a <c>result</c> means succeeded;
/// otherwise pending (the endpoint does not tell pending from running). An unrecognised <c>status</c> is kept as
/// the state unless <c>result</c> or <c>error</c> says the run ended.
/// </summary>
internal static class AgentRunStateInference
{
    public static OctaveRunState Infer(AgentRunStatus? status)
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

        if (!string.IsNullOrWhiteSpace(status.Error))
        {
            return OctaveRunState.Failed;
        }

        if (status.Result is { ValueKind: not (System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined) })
        {
            return OctaveRunState.Succeeded;
        }

        return reported ?? OctaveRunState.Pending;
    }
}
