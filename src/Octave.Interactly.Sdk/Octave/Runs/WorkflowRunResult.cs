using System.Text.Json;

namespace Octave.Interactly.Sdk;

/// <summary>
/// How a workflow run ended. A failed run is a result with <see cref="Succeeded"/> false, not an exception; call
/// <see cref="EnsureSucceeded"/> to turn it into <see cref="OctaveRunFailedException"/>.
/// </summary>
public sealed class WorkflowRunResult
{
    /// <summary>Creates a result; public so tests can build one.</summary>
    /// <param name="jobOId">The run.</param>
    /// <param name="state">Its final state.</param>
    /// <param name="status">The last status polled, if any.</param>
    /// <param name="callback">The callback that ended the wait, if any.</param>
    /// <param name="completedBy">What told the SDK the run ended.</param>
    /// <param name="error">The failure's description, if any.</param>
    public WorkflowRunResult(string jobOId, OctaveRunState state, WorkflowRunStatus? status, OctaveCallback? callback, RunCompletedBy completedBy, string? error)
    {
        JobOId = jobOId;
        State = state;
        Status = status;
        Callback = callback;
        CompletedBy = completedBy;
        Error = error;
    }

    /// <summary>The run, e.g. <c>bsjob_…</c>.</summary>
    public string JobOId { get; }

    /// <summary>The final state.</summary>
    public OctaveRunState State { get; }

    /// <summary>True when the run succeeded.</summary>
    public bool Succeeded => State.IsSuccess;

    /// <summary>
    /// The last status polled (counters, timestamps). Null when the callback ended the wait before any poll.
    /// </summary>
    public WorkflowRunStatus? Status { get; }

    /// <summary>
    /// The workflow's output, from the callback. Null when the run was seen to end by polling alone: Octave's status
    /// endpoint does not return outputs, so configure <see cref="OctaveClientOptions.CallbackUrl"/> to receive them.
    /// </summary>
    public JsonElement? Output => Callback?.Output;

    /// <summary>The failure's description: the callback's <c>error</c>, or the circuit breaker's reason / failed-item count.</summary>
    public string? Error { get; }

    /// <summary>The callback that ended the wait, when one did.</summary>
    public OctaveCallback? Callback { get; }

    /// <summary>Whether a callback or a status poll ended the wait.</summary>
    public RunCompletedBy CompletedBy { get; }

    /// <summary>Throws when the run did not succeed.</summary>
    /// <returns>This result, for chaining.</returns>
    /// <exception cref="OctaveRunFailedException">The run failed.</exception>
    public WorkflowRunResult EnsureSucceeded() =>
        Succeeded ? this : throw new OctaveRunFailedException(JobOId, OctaveRunKind.Workflow, State, Error);

    /// <inheritdoc />
    public override string ToString() => $"WorkflowRunResult {{ JobOId = {JobOId}, State = {State}, CompletedBy = {CompletedBy} }}";
}
