using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Where an Octave run stands, as this SDK infers it (Octave's status endpoints carry no status field; see
/// <see cref="WorkflowRun.State"/> and <see cref="AgentRun.State"/>). A string-valued struct: a status the server
/// sends that this SDK does not know is kept as received, with <see cref="IsKnown"/> false.
/// </summary>
public readonly struct OctaveRunState : IEquatable<OctaveRunState>
{
    /// <summary>Accepted, not started yet.</summary>
    public static readonly OctaveRunState Pending = new("pending");

    /// <summary>Running.</summary>
    public static readonly OctaveRunState Running = new("running");

    /// <summary>Finished successfully.</summary>
    public static readonly OctaveRunState Succeeded = new("succeeded");

    /// <summary>Finished with an error, or stopped early by Octave's circuit breaker.</summary>
    public static readonly OctaveRunState Failed = new("failed");

    /// <summary>Cancelled; a terminal failure.</summary>
    public static readonly OctaveRunState Cancelled = new("cancelled");

    /// <summary>Creates a state from a string; any string is accepted.</summary>
    /// <param name="value">The state's name.</param>
    public OctaveRunState(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The state's name: one of the named values, or a status the server sent that this SDK does not know.</summary>
    public string? Value { get; }

    /// <summary>True once the run has ended: <see cref="Succeeded"/>, <see cref="Failed"/> or <see cref="Cancelled"/>.</summary>
    public bool IsTerminal => IsSuccess || IsFailure;

    /// <summary>True for <see cref="Succeeded"/>.</summary>
    public bool IsSuccess => Equals(Succeeded);

    /// <summary>True for <see cref="Failed"/> and <see cref="Cancelled"/>.</summary>
    public bool IsFailure => Equals(Failed) || Equals(Cancelled);

    /// <summary>True for the values this version of the SDK names.</summary>
    public bool IsKnown => Equals(Pending) || Equals(Running) || IsTerminal;

    /// <summary>
    /// Maps a status string a server may send to a state: the usual synonyms (<c>queued</c>, <c>processing</c>,
    /// <c>completed</c>, <c>success</c>, <c>error</c>, <c>partial</c>, <c>canceled</c>, …) become the named values;
    /// anything else is kept as received.
    /// </summary>
    /// <param name="status">The server's status string.</param>
    /// <returns>The state.</returns>
    public static OctaveRunState FromServerStatus(string status)
    {
        Validation.Argument.NotNull(status, nameof(status));
        switch (status.Trim().ToLowerInvariant())
        {
            case "pending" or "queued" or "created" or "accepted" or "scheduled":
                return Pending;
            case "running" or "processing" or "in_progress" or "in-progress" or "started" or "active":
                return Running;
            case "succeeded" or "success" or "successful" or "completed" or "complete" or "done" or "finished":
                return Succeeded;

            // "partial" (some items failed) fails the run, as failedCount > 0 does when inferred from counters.
            case "failed" or "failure" or "error" or "errored" or "partial":
                return Failed;
            case "cancelled" or "canceled" or "aborted":
                return Cancelled;
            default:
                return new OctaveRunState(status);
        }
    }

    /// <summary>Compares two states by name (ordinal, case-insensitive).</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    public static bool operator ==(OctaveRunState left, OctaveRunState right) => left.Equals(right);

    /// <summary>Compares two states by name (ordinal, case-insensitive).</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    public static bool operator !=(OctaveRunState left, OctaveRunState right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(OctaveRunState other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OctaveRunState other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
