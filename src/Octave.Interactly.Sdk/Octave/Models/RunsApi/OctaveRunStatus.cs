using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The status the Runs API (<c>GET /api/v2/runs/{oId}</c>) reports for a run or one of its items:
/// <c>queued</c>, <c>running</c>, <c>succeeded</c>, <c>partial</c>, <c>failed</c>, <c>cancelled</c>. A string-valued
/// struct: a value this SDK does not know yet is kept as received, with <see cref="IsKnown"/> false.
/// </summary>
[JsonConverter(typeof(OctaveRunStatusJsonConverter))]
public readonly struct OctaveRunStatus : IEquatable<OctaveRunStatus>
{
    private static readonly string[] KnownValues = { "queued", "running", "succeeded", "partial", "failed", "cancelled" };

    /// <summary>Accepted, not started. Wire value <c>queued</c>.</summary>
    public static readonly OctaveRunStatus Queued = new("queued");

    /// <summary>Running. Wire value <c>running</c>.</summary>
    public static readonly OctaveRunStatus Running = new("running");

    /// <summary>Every item succeeded. Wire value <c>succeeded</c>.</summary>
    public static readonly OctaveRunStatus Succeeded = new("succeeded");

    /// <summary>Finished with some items failed. Wire value <c>partial</c>.</summary>
    public static readonly OctaveRunStatus Partial = new("partial");

    /// <summary>Finished with an error. Wire value <c>failed</c>.</summary>
    public static readonly OctaveRunStatus Failed = new("failed");

    /// <summary>Cancelled before it finished. Wire value <c>cancelled</c>.</summary>
    public static readonly OctaveRunStatus Cancelled = new("cancelled");

    /// <summary>Creates a value from its wire string. Any string is accepted.</summary>
    /// <param name="value">The wire value.</param>
    public OctaveRunStatus(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire value, exactly as received. Null for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>True when the value is one this version of the SDK names.</summary>
    public bool IsKnown => IsKnownValue(Value);

    private static bool IsKnownValue(string? value) =>
        value is not null && Array.Exists(KnownValues, known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True once the run will not change any more: <see cref="Succeeded"/>, <see cref="Partial"/>, <see cref="Failed"/>
    /// or <see cref="Cancelled"/>. A value this SDK does not know is not terminal.
    /// </summary>
    public bool IsTerminal => Equals(Succeeded) || Equals(Partial) || Equals(Failed) || Equals(Cancelled);

    /// <summary>
    /// The SDK-wide state for this status: <c>queued</c> is pending, <c>partial</c> is failed (some items failed, as
    /// with a workflow run whose <c>failedCount</c> is above zero); an unknown value is kept as received.
    /// </summary>
    /// <returns>The state.</returns>
    public OctaveRunState ToRunState() => Value is null ? OctaveRunState.Pending : OctaveRunState.FromServerStatus(Value);

    /// <summary>Converts a wire string to the struct.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator OctaveRunStatus(string value) => new(value);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(OctaveRunStatus left, OctaveRunStatus right) => left.Equals(right);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(OctaveRunStatus left, OctaveRunStatus right) => !left.Equals(right);

    /// <summary>Builds a value from a wire string.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static OctaveRunStatus FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OctaveRunStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OctaveRunStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="OctaveRunStatus"/> as its wire string.</summary>
public sealed class OctaveRunStatusJsonConverter : StringValueJsonConverter<OctaveRunStatus>
{
    /// <summary>Creates the converter.</summary>
    public OctaveRunStatusJsonConverter()
        : base(value => new OctaveRunStatus(value), value => value.Value)
    {
    }
}
