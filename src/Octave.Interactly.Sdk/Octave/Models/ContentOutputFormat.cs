using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Output format of generated text (<c>text</c>, <c>html</c>, <c>markdown</c>; some agents use upper case). A string-valued struct: a value this SDK does not know yet is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(ContentOutputFormatJsonConverter))]
public readonly struct ContentOutputFormat : IEquatable<ContentOutputFormat>
{
    /// <summary>Plain text. Wire value <c>text</c>.</summary>
    public static readonly ContentOutputFormat Text = new("text");

    /// <summary>HTML. Wire value <c>html</c>.</summary>
    public static readonly ContentOutputFormat Html = new("html");

    /// <summary>Markdown. Wire value <c>markdown</c>.</summary>
    public static readonly ContentOutputFormat Markdown = new("markdown");


    /// <summary>Creates a value from its wire string. Any string is accepted.</summary>
    /// <param name="value">The wire value.</param>
    public ContentOutputFormat(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire value, exactly as sent or received. Null for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>True when the value is one this version of the SDK names.</summary>
    public bool IsKnown => IsKnownValue(Value);

    private static readonly string[] KnownValues = { "text", "html", "markdown" };

    private static bool IsKnownValue(string? value) =>
        value is not null && Array.Exists(KnownValues, known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Converts a wire string to the struct.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ContentOutputFormat(string value) => new(value);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ContentOutputFormat left, ContentOutputFormat right) => left.Equals(right);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ContentOutputFormat left, ContentOutputFormat right) => !left.Equals(right);

    /// <summary>Builds a value from a wire string.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static ContentOutputFormat FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ContentOutputFormat other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContentOutputFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="ContentOutputFormat"/> as its wire string.</summary>
public sealed class ContentOutputFormatJsonConverter : StringValueJsonConverter<ContentOutputFormat>
{
    /// <summary>Creates the converter.</summary>
    public ContentOutputFormatJsonConverter()
        : base(value => new ContentOutputFormat(value), value => value.Value)
    {
    }
}
