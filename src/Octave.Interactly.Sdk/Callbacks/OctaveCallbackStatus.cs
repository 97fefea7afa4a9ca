using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The outcome a callback reports (<c>succeeded</c> or <c>failed</c>). A string-valued struct: a value this SDK does not know yet is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(OctaveCallbackStatusJsonConverter))]
public readonly struct OctaveCallbackStatus : IEquatable<OctaveCallbackStatus>
{
    /// <summary>The run succeeded. Wire value <c>succeeded</c>.</summary>
    public static readonly OctaveCallbackStatus Succeeded = new("succeeded");

    /// <summary>The run failed. Wire value <c>failed</c>.</summary>
    public static readonly OctaveCallbackStatus Failed = new("failed");


    /// <summary>Creates a value from its wire string. Any string is accepted.</summary>
    /// <param name="value">The wire value.</param>
    public OctaveCallbackStatus(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire value, exactly as sent or received. Null for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>True for <c>succeeded</c> and the synonyms a server may use (<c>success</c>, <c>completed</c>).</summary>
    public bool IsSuccess => Value is not null && (Equals(Succeeded) || Is("success") || Is("completed"));

    /// <summary>True for <c>failed</c> and the synonyms a server may use (<c>failure</c>, <c>error</c>).</summary>
    public bool IsFailure => Value is not null && (Equals(Failed) || Is("failure") || Is("error"));

    /// <summary>True when the value is one this version of the SDK names.</summary>
    public bool IsKnown => IsKnownValue(Value);

    private static readonly string[] KnownValues = { "succeeded", "failed" };

    private bool Is(string synonym) => string.Equals(Value, synonym, StringComparison.OrdinalIgnoreCase);

    private static bool IsKnownValue(string? value) =>
        value is not null && Array.Exists(KnownValues, known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Converts a wire string to the struct.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator OctaveCallbackStatus(string value) => new(value);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(OctaveCallbackStatus left, OctaveCallbackStatus right) => left.Equals(right);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(OctaveCallbackStatus left, OctaveCallbackStatus right) => !left.Equals(right);

    /// <summary>Builds a value from a wire string.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static OctaveCallbackStatus FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(OctaveCallbackStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OctaveCallbackStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="OctaveCallbackStatus"/> as its wire string.</summary>
public sealed class OctaveCallbackStatusJsonConverter : StringValueJsonConverter<OctaveCallbackStatus>
{
    /// <summary>Creates the converter.</summary>
    public OctaveCallbackStatusJsonConverter()
        : base(value => new OctaveCallbackStatus(value), value => value.Value)
    {
    }
}
