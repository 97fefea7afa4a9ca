namespace Octave.Interactly.Sdk;

/// <summary>
/// How a Runs API run ended. A failed, partial or cancelled run is a result with <see cref="Succeeded"/> false, not
/// an exception; call <see cref="EnsureSucceeded"/> to turn it into <see cref="OctaveRunFailedException"/>.
/// </summary>
public sealed class OctaveRunResult
{
    /// <summary>Creates a result; public so tests can build one.</summary>
    /// <param name="oId">The run.</param>
    /// <param name="state">Its final state.</param>
    /// <param name="run">The last answer polled, if any.</param>
    /// <param name="callback">The callback that ended the wait, if any.</param>
    /// <param name="completedBy">What told the SDK the run ended.</param>
    /// <param name="error">The failure's description, if any.</param>
    public OctaveRunResult(string oId, OctaveRunState state, OctaveRunDetails? run, OctaveCallback? callback, RunCompletedBy completedBy, string? error)
    {
        OId = oId;
        State = state;
        Run = run;
        Callback = callback;
        CompletedBy = completedBy;
        Error = error;
    }

    /// <summary>The run, e.g. <c>run_…</c>.</summary>
    public string OId { get; }

    /// <summary>The final state (partial is a failure).</summary>
    public OctaveRunState State { get; }

    /// <summary>The status the server reported last, e.g. <see cref="OctaveRunStatus.Partial"/>; default when none was polled.</summary>
    public OctaveRunStatus Status => Run?.Status ?? default;

    /// <summary>True when the run succeeded.</summary>
    public bool Succeeded => State.IsSuccess;

    /// <summary>The last answer polled: counts, credits and the first page of items with outputs. Null when a callback ended the wait before any poll.</summary>
    public OctaveRunDetails? Run { get; }

    /// <summary>The failure's description, if any.</summary>
    public string? Error { get; }

    /// <summary>The callback that ended the wait, when one did.</summary>
    public OctaveCallback? Callback { get; }

    /// <summary>Whether a callback or a poll ended the wait.</summary>
    public RunCompletedBy CompletedBy { get; }

    /// <summary>Throws when the run did not succeed.</summary>
    /// <returns>This result, for chaining.</returns>
    /// <exception cref="OctaveRunFailedException">The run failed, partly failed or was cancelled.</exception>
    public OctaveRunResult EnsureSucceeded() =>
        Succeeded ? this : throw new OctaveRunFailedException(OId, OctaveRunKind.Run, State, Error);
}
