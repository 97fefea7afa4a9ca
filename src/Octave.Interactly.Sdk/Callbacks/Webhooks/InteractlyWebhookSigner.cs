using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Signs a body the way Interactly signs its webhook deliveries, so tests (and local tools) can produce
/// deliveries that <see cref="InteractlyWebhookVerifier"/> accepts.
/// </summary>
public static class InteractlyWebhookSigner
{
    /// <summary>Computes the <c>X-Interactly-Signature</c> value: HMAC-SHA256(secret, body) as lowercase hex.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="secret">The subscription secret.</param>
    /// <returns>64 lowercase hexadecimal characters.</returns>
    public static string Sign(ReadOnlySpan<byte> body, string secret)
    {
        Argument.NotEmpty(secret, nameof(secret));
        return Hex.Encode(WebhookHmac.Compute(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Builds both delivery headers for a body: the signature and the timestamp.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="secret">The subscription secret.</param>
    /// <param name="timestamp">The delivery time to state; defaults to now.</param>
    /// <returns>Header names (<see cref="InteractlyWebhookHeaders"/>) mapped to their values.</returns>
    public static IReadOnlyDictionary<string, string> CreateHeaders(ReadOnlySpan<byte> body, string secret, DateTimeOffset? timestamp = null) =>
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [InteractlyWebhookHeaders.Signature] = Sign(body, secret),
            [InteractlyWebhookHeaders.Timestamp] = (timestamp ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        };
}
