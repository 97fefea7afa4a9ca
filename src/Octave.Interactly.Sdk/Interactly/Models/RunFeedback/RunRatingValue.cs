using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A rating of a turn or an event: <c>up</c>, <c>down</c> or <c>strong_up</c>. A string-valued struct so that a
/// value the server adds later is kept rather than failing deserialization.
/// </summary>
[JsonConverter(typeof(RunRatingValueJsonConverter))]
public readonly struct RunRatingValue : IEquatable<RunRatingValue>
{
    private readonly string? _value;

    /// <summary>Creates a rating from its wire value.</summary>
    /// <param name="value">The wire value, e.g. <c>strong_up</c>.</param>
    public RunRatingValue(string? value) => _value = string.IsNullOrEmpty(value) ? null : value;

    /// <summary><c>up</c>: a good answer.</summary>
    public static RunRatingValue Up { get; } = new("up");

    /// <summary><c>down</c>: a bad answer.</summary>
    public static RunRatingValue Down { get; } = new("down");

    /// <summary><c>strong_up</c>: an exemplary answer.</summary>
    public static RunRatingValue StrongUp { get; } = new("strong_up");

    /// <summary>The wire value, or null when none was given.</summary>
    public string? Value => _value;

    /// <summary>True for the three values this SDK knows by name.</summary>
    public bool IsKnown => this == Up || this == Down || this == StrongUp;

    /// <summary>Compares two ratings by wire value (ordinal).</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    public static bool operator ==(RunRatingValue left, RunRatingValue right) => left.Equals(right);

    /// <summary>Compares two ratings by wire value (ordinal).</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    public static bool operator !=(RunRatingValue left, RunRatingValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RunRatingValue other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RunRatingValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => _value ?? "";
}

/// <summary>Reads and writes <see cref="RunRatingValue"/> as its wire string.</summary>
internal sealed class RunRatingValueJsonConverter : StringValueJsonConverter<RunRatingValue>
{
    public RunRatingValueJsonConverter()
        : base(value => new RunRatingValue(value), rating => rating.Value)
    {
    }
}
