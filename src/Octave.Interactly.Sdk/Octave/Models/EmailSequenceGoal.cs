using System;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Primary goal of a generated email sequence. A string-valued struct: a value this SDK does not know yet is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(EmailSequenceGoalJsonConverter))]
public readonly struct EmailSequenceGoal : IEquatable<EmailSequenceGoal>
{
    /// <summary>Start a conversation. Wire value <c>INITIATE_CONVERSATION</c>.</summary>
    public static readonly EmailSequenceGoal InitiateConversation = new("INITIATE_CONVERSATION");

    /// <summary>Book a meeting. Wire value <c>SCHEDULE_MEETING</c>.</summary>
    public static readonly EmailSequenceGoal ScheduleMeeting = new("SCHEDULE_MEETING");

    /// <summary>Ask for an introduction. Wire value <c>REQUEST_INTRODUCTION</c>.</summary>
    public static readonly EmailSequenceGoal RequestIntroduction = new("REQUEST_INTRODUCTION");

    /// <summary>Ask for feedback. Wire value <c>ASK_FOR_FEEDBACK</c>.</summary>
    public static readonly EmailSequenceGoal AskForFeedback = new("ASK_FOR_FEEDBACK");

    /// <summary>Find time to connect. Wire value <c>FIND_TIME_TO_CONNECT</c>.</summary>
    public static readonly EmailSequenceGoal FindTimeToConnect = new("FIND_TIME_TO_CONNECT");

    /// <summary>Close the thread politely. Wire value <c>POLITELY_DISENGAGE</c>.</summary>
    public static readonly EmailSequenceGoal PolitelyDisengage = new("POLITELY_DISENGAGE");

    /// <summary>Let the agent choose the call to action. Wire value <c>SMART_CTA</c>.</summary>
    public static readonly EmailSequenceGoal SmartCta = new("SMART_CTA");


    /// <summary>Creates a value from its wire string. Any string is accepted.</summary>
    /// <param name="value">The wire value.</param>
    public EmailSequenceGoal(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wire value, exactly as sent or received. Null for <c>default</c>.</summary>
    public string? Value { get; }

    /// <summary>True when the value is one this version of the SDK names.</summary>
    public bool IsKnown => IsKnownValue(Value);

    private static readonly string[] KnownValues = { "INITIATE_CONVERSATION", "SCHEDULE_MEETING", "REQUEST_INTRODUCTION", "ASK_FOR_FEEDBACK", "FIND_TIME_TO_CONNECT", "POLITELY_DISENGAGE", "SMART_CTA" };

    private static bool IsKnownValue(string? value) =>
        value is not null && Array.Exists(KnownValues, known => string.Equals(known, value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Converts a wire string to the struct.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator EmailSequenceGoal(string value) => new(value);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(EmailSequenceGoal left, EmailSequenceGoal right) => left.Equals(right);

    /// <summary>Compares two values by their wire strings (ordinal, case-insensitive).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(EmailSequenceGoal left, EmailSequenceGoal right) => !left.Equals(right);

    /// <summary>Builds a value from a wire string.</summary>
    /// <param name="value">The wire value.</param>
    /// <returns>The value.</returns>
    public static EmailSequenceGoal FromString(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(EmailSequenceGoal other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EmailSequenceGoal other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Reads and writes <see cref="EmailSequenceGoal"/> as its wire string.</summary>
public sealed class EmailSequenceGoalJsonConverter : StringValueJsonConverter<EmailSequenceGoal>
{
    /// <summary>Creates the converter.</summary>
    public EmailSequenceGoalJsonConverter()
        : base(value => new EmailSequenceGoal(value), value => value.Value)
    {
    }
}
