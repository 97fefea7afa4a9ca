using System.Text.Json;

namespace Octave.Interactly.Sdk;

/// <summary>
/// How an async agent (or email-generation) run ended. A failed run is a result with <see cref="Succeeded"/> false,
/// not an exception; call <see cref="EnsureSucceeded"/> to turn it into <see cref="OctaveRunFailedException"/>.
/// </summary>
public sealed class AgentRunResult
{
    /// <summary>Creates a result; public so tests can build one.</summary>
    /// <param name="requestId">The run.</param>
    /// <param name="state">Its final state.</param>
    /// <param name="result">The agent's output, if any.</param>
    /// <param name="error">The failure's description, if any.</param>
    /// <param name="status">The last status polled, if any.</param>
    /// <param name="callback">The callback that ended the wait, if any.</param>
    /// <param name="completedBy">What told the SDK the run ended.</param>
    public AgentRunResult(string requestId, OctaveRunState state, JsonElement? result, string? error, AgentRunStatus? status, OctaveCallback? callback, RunCompletedBy completedBy)
    {
        RequestId = requestId;
        State = state;
        Result = result;
        Error = error;
        Status = status;
        Callback = callback;
        CompletedBy = completedBy;
    }

    /// <summary>The run, e.g. <c>asyncReqID_…</c>.</summary>
    public string RequestId { get; }

    /// <summary>The final state.</summary>
    public OctaveRunState State { get; }

    /// <summary>True when the run succeeded.</summary>
    public bool Succeeded => State.IsSuccess;

    /// <summary>The agent's output: from the callback, or from the status endpoint's <c>result</c>.</summary>
    public JsonElement? Result { get; }

    /// <summary>The failure's description, if the run failed.</summary>
    public string? Error { get; }

    /// <summary>The last status polled; null when the callback ended the wait before any poll.</summary>
    public AgentRunStatus? Status { get; }

    /// <summary>The callback that ended the wait, when one did.</summary>
    public OctaveCallback? Callback { get; }

    /// <summary>Whether a callback or a status poll ended the wait.</summary>
    public RunCompletedBy CompletedBy { get; }

    /// <summary>Throws when the run did not succeed.</summary>
    /// <returns>This result, for chaining.</returns>
    /// <exception cref="OctaveRunFailedException">The run failed.</exception>
    public AgentRunResult EnsureSucceeded() =>
        Succeeded ? this : throw new OctaveRunFailedException(RequestId, OctaveRunKind.Agent, State, Error);

    /// <inheritdoc />
    public override string ToString() => $"AgentRunResult {{ RequestId = {RequestId}, State = {State}, CompletedBy = {CompletedBy} }}";
}
