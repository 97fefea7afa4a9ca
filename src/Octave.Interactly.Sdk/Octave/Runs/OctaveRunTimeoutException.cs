using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A wait reached its <see cref="PollingOptions.Timeout"/> before the run ended. The run itself keeps going on the
/// server: rebuild its handle from <see cref="RunId"/> (<see cref="OctaveClient.GetWorkflowRun"/>,
/// <see cref="OctaveClient.GetAgentRun"/>) to wait again.
/// </summary>
public sealed class OctaveRunTimeoutException : TimeoutException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="runId">The run waited on.</param>
    /// <param name="kind">Workflow or agent run.</param>
    /// <param name="lastState">The last state observed.</param>
    /// <param name="timeout">The deadline that passed.</param>
    public OctaveRunTimeoutException(string runId, OctaveRunKind kind, OctaveRunState lastState, TimeSpan timeout)
        : base($"Octave {RunTelemetry.KindName(kind).Replace('_', ' ')} run {runId} did not finish within {timeout}; last state: {lastState}. " +
               "The run continues on the server; rebuild its handle from the run id to wait again.")
    {
        RunId = runId;
        Kind = kind;
        LastState = lastState;
        Timeout = timeout;
    }

    /// <summary>The run waited on (<c>jobOId</c> or <c>requestId</c>).</summary>
    public string RunId { get; }

    /// <summary>Whether it is a workflow or an agent run.</summary>
    public OctaveRunKind Kind { get; }

    /// <summary>The last state observed before the deadline.</summary>
    public OctaveRunState LastState { get; }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }
}
