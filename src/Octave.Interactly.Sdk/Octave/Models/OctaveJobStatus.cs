using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The status Octave reports when it accepts an asynchronous job (<c>pending</c>, <c>running</c>, <c>completed</c>, <c>failed</c>). A string-valued struct: a value this SDK does not know yet is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(OctaveJobStatusJsonConverter))]
public readonly struct OctaveJobStatus : IEquatable<OctaveJobStatus>
{
    /// <summary>Accepted, not started. Wire value <c>pending</c>.</summary>
    public static readonly OctaveJobStatus Pending = new("pending");

    /// <summary>Running. Wire value <c>running</c>.</summary>
    public static readonly OctaveJobStatus Running = new("running");

    /// <summary>Finished successfully. Wire value <c>completed</c>.</summary>
    public static readonly OctaveJobStatus Completed = new("completed");

    /// <summary>Finished with an error. Wire value <c>failed</c>.</summary>
    public static readonly OctaveJobStatus Failed = new("failed");


    /// <summary>Creates a value from its wire string. Any string is accepted.</summary>
    /// <param name="value">The wire value.</param>
    public OctaveJobStatus(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire value, exactly as sent or received. Null for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>True when the value is one this version of the SDK names.</summary>
    public bool IsKnown => IsKnownValue(Value);

    private static readonly string[] KnownValues = { "pending", "running", "completed", "failed" };

    private static bool IsKnownValue(string? value) =>
        value is not null && Array.Exists(KnownValues, known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Converts a wire string to the struct.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator OctaveJobStatus(string value) => new(value);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(OctaveJobStatus left, OctaveJobStatus right) => left.Equals(right);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(OctaveJobStatus left, OctaveJobStatus right) => !left.Equals(right);

    /// <summary>Builds a value from a wire string.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static OctaveJobStatus FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OctaveJobStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OctaveJobStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="OctaveJobStatus"/> as its wire string.</summary>
public sealed class OctaveJobStatusJsonConverter : StringValueJsonConverter<OctaveJobStatus>
{
    /// <summary>Creates the converter.</summary>
    public OctaveJobStatusJsonConverter()
        : base(value => new OctaveJobStatus(value), value => value.Value)
    {
    }
}
