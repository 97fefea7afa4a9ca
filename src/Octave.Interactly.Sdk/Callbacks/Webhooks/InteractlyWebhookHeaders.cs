namespace Octave.Interactly.Sdk;

/// <summary>The headers Interactly puts on an outbound webhook delivery.</summary>
public static class InteractlyWebhookHeaders
{
    /// <summary><c>X-Interactly-Signature</c>: HMAC-SHA256 of the raw body under the subscription's secret, as hex.</summary>
    public const string Signature = "X-Interactly-Signature";

    /// <summary><c>X-Interactly-Timestamp</c>: when the delivery was sent, in Unix seconds. Optional.</summary>
    public const string Timestamp = "X-Interactly-Timestamp";
}
