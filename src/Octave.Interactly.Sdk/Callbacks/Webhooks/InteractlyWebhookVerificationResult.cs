using System;

namespace Octave.Interactly.Sdk;

/// <summary>The outcome of <see cref="InteractlyWebhookVerifier.Validate"/>: valid, or the reason it is not.</summary>
public readonly struct InteractlyWebhookVerificationResult : IEquatable<InteractlyWebhookVerificationResult>
{
    private InteractlyWebhookVerificationResult(InteractlyWebhookVerificationFailure failure, string message, DateTimeOffset? timestamp)
    {
        Failure = failure;
        Message = message;
        Timestamp = timestamp;
    }

    /// <summary>True when the delivery is authentic and within the timestamp tolerance.</summary>
    public bool IsValid => Failure == InteractlyWebhookVerificationFailure.None;

    /// <summary>Why the delivery was rejected; <see cref="InteractlyWebhookVerificationFailure.None"/> when valid.</summary>
    public InteractlyWebhookVerificationFailure Failure { get; }

    /// <summary>A short explanation, safe to log: it never contains a secret or the signature.</summary>
    public string Message { get; }

    /// <summary>The delivery's timestamp, when the header was present and readable.</summary>
    public DateTimeOffset? Timestamp { get; }

    internal static InteractlyWebhookVerificationResult Valid(DateTimeOffset? timestamp) =>
        new(InteractlyWebhookVerificationFailure.None, "The signature is valid.", timestamp);

    internal static InteractlyWebhookVerificationResult Invalid(InteractlyWebhookVerificationFailure failure, string message, DateTimeOffset? timestamp = null) =>
        new(failure, message, timestamp);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    public static bool operator ==(InteractlyWebhookVerificationResult left, InteractlyWebhookVerificationResult right) => left.Equals(right);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    public static bool operator !=(InteractlyWebhookVerificationResult left, InteractlyWebhookVerificationResult right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(InteractlyWebhookVerificationResult other) => Failure == other.Failure && Timestamp == other.Timestamp;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is InteractlyWebhookVerificationResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Failure * 397) ^ Timestamp.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => IsValid ? "Valid" : $"{Failure}: {Message}";
}
