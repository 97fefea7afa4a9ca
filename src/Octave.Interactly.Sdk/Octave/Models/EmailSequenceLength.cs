using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Length of the emails in a generated sequence. A string-valued struct: a value this SDK does not know yet is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(EmailSequenceLengthJsonConverter))]
public readonly struct EmailSequenceLength : IEquatable<EmailSequenceLength>
{
    /// <summary>Short emails. Wire value <c>SHORT</c>.</summary>
    public static readonly EmailSequenceLength ShortEmails = new("SHORT");

    /// <summary>Medium-length emails. Wire value <c>MEDIUM</c>.</summary>
    public static readonly EmailSequenceLength MediumEmails = new("MEDIUM");

    /// <summary>Long emails. Wire value <c>LONG</c>.</summary>
    public static readonly EmailSequenceLength LongEmails = new("LONG");

    /// <summary>A mix of lengths (the server default). Wire value <c>MIXED</c>.</summary>
    public static readonly EmailSequenceLength MixedLengths = new("MIXED");


    /// <summary>Creates a value from its wire string. Any string is accepted.</summary>
    /// <param name="value">The wire value.</param>
    public EmailSequenceLength(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire value, exactly as sent or received. Null for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>True when the value is one this version of the SDK names.</summary>
    public bool IsKnown => IsKnownValue(Value);

    private static readonly string[] KnownValues = { "SHORT", "MEDIUM", "LONG", "MIXED" };

    private static bool IsKnownValue(string? value) =>
        value is not null && Array.Exists(KnownValues, known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Converts a wire string to the struct.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator EmailSequenceLength(string value) => new(value);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(EmailSequenceLength left, EmailSequenceLength right) => left.Equals(right);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(EmailSequenceLength left, EmailSequenceLength right) => !left.Equals(right);

    /// <summary>Builds a value from a wire string.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static EmailSequenceLength FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(EmailSequenceLength other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EmailSequenceLength other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="EmailSequenceLength"/> as its wire string.</summary>
public sealed class EmailSequenceLengthJsonConverter : StringValueJsonConverter<EmailSequenceLength>
{
    /// <summary>Creates the converter.</summary>
    public EmailSequenceLengthJsonConverter()
        : base(value => new EmailSequenceLength(value), value => value.Value)
    {
    }
}
