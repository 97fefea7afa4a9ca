using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The status of an Interactly run. A string-valued struct rather than an enum so that a status the
/// server adds later is kept with its raw value instead of failing deserialization.
/// </summary>
[JsonConverter(typeof(InteractlyRunStatusJsonConverter))]
public readonly struct InteractlyRunStatus : IEquatable<InteractlyRunStatus>
{
    private readonly string? _value;

    /// <summary>Creates a status from its wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>waiting_for_user_input</c>.</param>
    public InteractlyRunStatus(string? value) => _value = string.IsNullOrEmpty(value) ? null : value;

    /// <summary><c>not_started</c>: the run record exists but nothing has run yet.</summary>
    public static InteractlyRunStatus NotStarted { get; } = new("not_started");

    /// <summary><c>started</c>: the run began.</summary>
    public static InteractlyRunStatus Started { get; } = new("started");

    /// <summary><c>running</c>: the run is executing.</summary>
    public static InteractlyRunStatus Running { get; } = new("running");

    /// <summary><c>failed</c>: terminal; the response's <c>error</c> says why.</summary>
    public static InteractlyRunStatus Failed { get; } = new("failed");

    /// <summary><c>completed</c>: terminal; the workflow finished.</summary>
    public static InteractlyRunStatus Completed { get; } = new("completed");

    /// <summary><c>paused</c>: intentionally paused; neither active nor terminal.</summary>
    public static InteractlyRunStatus Paused { get; } = new("paused");

    /// <summary><c>waiting_for_user_input</c>: the workflow is parked until the next user message.</summary>
    public static InteractlyRunStatus WaitingForUserInput { get; } = new("waiting_for_user_input");

    /// <summary><c>cancelled</c>: terminal; the run was stopped.</summary>
    public static InteractlyRunStatus Cancelled { get; } = new("cancelled");

    /// <summary><c>aborted_looping_risk</c>: terminal; the runtime stopped a suspected infinite loop.</summary>
    public static InteractlyRunStatus AbortedLoopingRisk { get; } = new("aborted_looping_risk");

    /// <summary>No status is known yet (a resumed session before its next turn).</summary>
    public static InteractlyRunStatus Unknown => default;

    /// <summary>The wire value, or null when no status is known.</summary>
    public string? Value => _value;

    /// <summary>True when no status is known yet.</summary>
    public bool IsUnknown => _value is null;

    /// <summary>True for the statuses this SDK knows by name.</summary>
    public bool IsKnown =>
        this == NotStarted || this == Started || this == Running || this == Failed || this == Completed
        || this == Paused || this == WaitingForUserInput || this == Cancelled || this == AbortedLoopingRisk;

    /// <summary>True for <c>completed</c>, <c>failed</c>, <c>cancelled</c> and <c>aborted_looping_risk</c>: send no further turns.</summary>
    public bool IsTerminal => this == Completed || this == Failed || this == Cancelled || this == AbortedLoopingRisk;

    /// <summary>True for <c>started</c>, <c>running</c> and <c>waiting_for_user_input</c>.</summary>
    public bool IsActive => this == Started || this == Running || this == WaitingForUserInput;

    /// <summary>Compares two statuses by wire value (ordinal).</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    public static bool operator ==(InteractlyRunStatus left, InteractlyRunStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by wire value (ordinal).</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    public static bool operator !=(InteractlyRunStatus left, InteractlyRunStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(InteractlyRunStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InteractlyRunStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => _value ?? "unknown";
}

/// <summary>Reads and writes <see cref="InteractlyRunStatus"/> as its wire string.</summary>
internal sealed class InteractlyRunStatusJsonConverter : StringValueJsonConverter<InteractlyRunStatus>
{
    public InteractlyRunStatusJsonConverter()
        : base(value => new InteractlyRunStatus(value), status => status.Value)
    {
    }
}
