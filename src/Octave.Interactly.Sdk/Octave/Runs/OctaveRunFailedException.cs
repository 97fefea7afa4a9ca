using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A run ended in failure; thrown by <see cref="WorkflowRunResult.EnsureSucceeded"/> and
/// <see cref="AgentRunResult.EnsureSucceeded"/>, never by the waits themselves.
/// </summary>
public sealed class OctaveRunFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="runId">The run that failed.</param>
    /// <param name="kind">Workflow or agent run.</param>
    /// <param name="state">The final state.</param>
    /// <param name="error">The error Octave reported, if any.</param>
    public OctaveRunFailedException(string runId, OctaveRunKind kind, OctaveRunState state, string? error)
        : base($"Octave {RunTelemetry.KindName(kind).Replace('_', ' ')} run {runId} ended as {state}" + (string.IsNullOrEmpty(error) ? "." : ": " + error))
    {
        RunId = runId;
        Kind = kind;
        State = state;
        Error = error;
    }

    /// <summary>The run that failed.</summary>
    public string RunId { get; }

    /// <summary>Whether it is a workflow or an agent run.</summary>
    public OctaveRunKind Kind { get; }

    /// <summary>The final state.</summary>
    public OctaveRunState State { get; }

    /// <summary>The error Octave reported (callback <c>error</c>, <c>circuitBreakerReason</c> or status <c>error</c>).</summary>
    public string? Error { get; }
}
