using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The <c>command</c> of a run input. A string-valued struct so that a command the server adds later can be sent
/// (and read back) without an SDK update.
/// </summary>
[JsonConverter(typeof(WorkflowCommandJsonConverter))]
public readonly struct WorkflowCommand : IEquatable<WorkflowCommand>
{
    private readonly string? _value;

    /// <summary>Creates a command from its wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>data</c>.</param>
    public WorkflowCommand(string? value) => _value = string.IsNullOrEmpty(value) ? null : value;

    /// <summary><c>start</c>: the first turn of a run.</summary>
    public static WorkflowCommand Start { get; } = new("start");

    /// <summary><c>data</c>: a later turn carrying the user's input.</summary>
    public static WorkflowCommand Data { get; } = new("data");

    /// <summary><c>resume</c>: defined by the API; its REST effect is not documented.</summary>
    public static WorkflowCommand Resume { get; } = new("resume");

    /// <summary><c>pause</c>: defined by the API; its REST effect is not documented.</summary>
    public static WorkflowCommand Pause { get; } = new("pause");

    /// <summary><c>stop</c>: cancels the run; the reply has status <c>cancelled</c>.</summary>
    public static WorkflowCommand Stop { get; } = new("stop");

    /// <summary>The wire value; <c>start</c> when none was set, as the API defaults it.</summary>
    public string Value => _value ?? "start";

    /// <summary>Compares two commands by wire value (ordinal).</summary>
    /// <param name="left">The first command.</param>
    /// <param name="right">The second command.</param>
    public static bool operator ==(WorkflowCommand left, WorkflowCommand right) => left.Equals(right);

    /// <summary>Compares two commands by wire value (ordinal).</summary>
    /// <param name="left">The first command.</param>
    /// <param name="right">The second command.</param>
    public static bool operator !=(WorkflowCommand left, WorkflowCommand right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(WorkflowCommand other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WorkflowCommand other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Reads and writes <see cref="WorkflowCommand"/> as its wire string.</summary>
internal sealed class WorkflowCommandJsonConverter : StringValueJsonConverter<WorkflowCommand>
{
    public WorkflowCommandJsonConverter()
        : base(value => new WorkflowCommand(value), command => command.Value)
    {
    }
}
