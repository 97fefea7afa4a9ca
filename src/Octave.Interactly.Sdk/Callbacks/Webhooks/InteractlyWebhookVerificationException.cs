using System;

namespace Octave.Interactly.Sdk;

/// <summary>Thrown by <see cref="InteractlyWebhookVerifier.VerifyOrThrow"/> when a delivery is not authentic or not fresh.</summary>
public sealed class InteractlyWebhookVerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why the delivery was rejected.</param>
    /// <param name="message">A message that is safe to log.</param>
    public InteractlyWebhookVerificationException(InteractlyWebhookVerificationFailure failure, string message)
        : base(message) => Failure = failure;

    /// <summary>Creates the exception with a generic message.</summary>
    public InteractlyWebhookVerificationException()
        : this(InteractlyWebhookVerificationFailure.SignatureMismatch, "The webhook delivery could not be verified.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">A message that is safe to log.</param>
    public InteractlyWebhookVerificationException(string message)
        : this(InteractlyWebhookVerificationFailure.SignatureMismatch, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">A message that is safe to log.</param>
    /// <param name="innerException">The cause.</param>
    public InteractlyWebhookVerificationException(string message, Exception innerException)
        : base(message, innerException) => Failure = InteractlyWebhookVerificationFailure.SignatureMismatch;

    /// <summary>Why the delivery was rejected.</summary>
    public InteractlyWebhookVerificationFailure Failure { get; }
}
