using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Kind of email sequence to generate. A string-valued struct: a value this SDK does not know yet is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(EmailSequenceTypeJsonConverter))]
public readonly struct EmailSequenceType : IEquatable<EmailSequenceType>
{
    /// <summary>Cold outbound (the server default). Wire value <c>COLD_OUTBOUND</c>.</summary>
    public static readonly EmailSequenceType ColdOutbound = new("COLD_OUTBOUND");

    /// <summary>Warm outbound. Wire value <c>WARM_OUTBOUND</c>.</summary>
    public static readonly EmailSequenceType WarmOutbound = new("WARM_OUTBOUND");

    /// <summary>Inbound follow-up. Wire value <c>INBOUND</c>.</summary>
    public static readonly EmailSequenceType Inbound = new("INBOUND");

    /// <summary>Custom. Wire value <c>CUSTOM</c>.</summary>
    public static readonly EmailSequenceType Custom = new("CUSTOM");

    /// <summary>Why-change narrative. Wire value <c>CVI_WHY_CHANGE</c>.</summary>
    public static readonly EmailSequenceType CviWhyChange = new("CVI_WHY_CHANGE");

    /// <summary>Minimal framing. Wire value <c>BARE_METAL</c>.</summary>
    public static readonly EmailSequenceType BareMetal = new("BARE_METAL");


    /// <summary>Creates a value from its wire string. Any string is accepted.</summary>
    /// <param name="value">The wire value.</param>
    public EmailSequenceType(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire value, exactly as sent or received. Null for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>True when the value is one this version of the SDK names.</summary>
    public bool IsKnown => IsKnownValue(Value);

    private static readonly string[] KnownValues = { "COLD_OUTBOUND", "WARM_OUTBOUND", "INBOUND", "CUSTOM", "CVI_WHY_CHANGE", "BARE_METAL" };

    private static bool IsKnownValue(string? value) =>
        value is not null && Array.Exists(KnownValues, known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Converts a wire string to the struct.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator EmailSequenceType(string value) => new(value);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(EmailSequenceType left, EmailSequenceType right) => left.Equals(right);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(EmailSequenceType left, EmailSequenceType right) => !left.Equals(right);

    /// <summary>Builds a value from a wire string.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static EmailSequenceType FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(EmailSequenceType other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EmailSequenceType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="EmailSequenceType"/> as its wire string.</summary>
public sealed class EmailSequenceTypeJsonConverter : StringValueJsonConverter<EmailSequenceType>
{
    /// <summary>Creates the converter.</summary>
    public EmailSequenceTypeJsonConverter()
        : base(value => new EmailSequenceType(value), value => value.Value)
    {
    }
}
