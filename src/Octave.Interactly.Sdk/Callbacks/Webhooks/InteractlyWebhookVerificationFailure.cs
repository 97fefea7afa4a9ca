namespace Octave.Interactly.Sdk;

/// <summary>Why an Interactly webhook delivery was rejected.</summary>
public enum InteractlyWebhookVerificationFailure
{
    /// <summary>Nothing: the delivery is authentic and fresh.</summary>
    None,

    /// <summary>The <c>X-Interactly-Signature</c> header is absent or empty.</summary>
    MissingSignature,

    /// <summary>The signature is not 64 hexadecimal characters (optionally after <c>sha256=</c>).</summary>
    MalformedSignature,

    /// <summary>The signature does not match the body under any configured secret: tampered, or signed with another secret.</summary>
    SignatureMismatch,

    /// <summary>The <c>X-Interactly-Timestamp</c> header is present but not a Unix time in seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is older than the tolerance: a late or replayed delivery.</summary>
    StaleTimestamp,

    /// <summary>The timestamp lies further in the future than the tolerance allows.</summary>
    FutureTimestamp,
}
