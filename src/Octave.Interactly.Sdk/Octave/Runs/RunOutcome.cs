namespace Octave.Interactly.Sdk;

/// <summary>What a wait found: the final state, the last polled status and the callback, if one ended it.</summary>
internal sealed class RunOutcome<TStatus>
    where TStatus : class
{
    public RunOutcome(OctaveRunState state, TStatus? status, OctaveCallback? callback)
    {
        State = state;
        Status = status;
        Callback = callback;
    }

    public OctaveRunState State { get; }

    public TStatus? Status { get; }

    public OctaveCallback? Callback { get; }

    public RunCompletedBy CompletedBy => Callback is null ? RunCompletedBy.Polling : RunCompletedBy.Callback;

    /// <summary>A callback is sent only when a run ends, so one with a status this SDK does not know still ends it.</summary>
    public static OctaveRunState StateOf(OctaveCallback callback) =>
        callback.Status.IsSuccess ? OctaveRunState.Succeeded
        : callback.Status.IsFailure || !string.IsNullOrEmpty(callback.Error) ? OctaveRunState.Failed
        : OctaveRunState.Succeeded;
}
