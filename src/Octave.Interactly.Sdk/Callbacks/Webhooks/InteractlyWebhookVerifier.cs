using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Checks that an Interactly outbound webhook delivery is authentic: <c>X-Interactly-Signature</c> must be the
/// HMAC-SHA256 of the raw body under one of the configured secrets (hex, either case, an optional <c>sha256=</c>
/// prefix), and <c>X-Interactly-Timestamp</c>, when present (even empty), must be Unix seconds within
/// <see cref="Tolerance"/> of now.
/// Comparisons run in constant time. Thread-safe; create one and reuse it.
/// </summary>
/// <remarks>
/// Several secrets allow rotation: configure the new secret next to the old one, switch the subscription over,
/// then drop the old secret. The published contract signs the body only, not the timestamp, so the timestamp
/// check rejects late deliveries but cannot stop a replay with a fresh timestamp: de-duplicate on the event id.
/// Verify the body exactly as received, before any parsing or re-encoding.
/// </remarks>
public sealed class InteractlyWebhookVerifier
{
    /// <summary>The default timestamp tolerance: 5 minutes either way.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    private const string SignaturePrefix = "sha256=";

    private readonly byte[][] _keys;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a verifier for one or more secrets.</summary>
    /// <param name="secrets">The subscription secrets; a delivery signed with any of them is accepted.</param>
    /// <param name="tolerance">How far a timestamp may be from now, either way; defaults to <see cref="DefaultTolerance"/>.</param>
    /// <param name="timeProvider">The clock; defaults to the system clock.</param>
    /// <exception cref="ArgumentException">No secret, or an empty one, was given.</exception>
    public InteractlyWebhookVerifier(IEnumerable<string> secrets, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        Argument.NotNull(secrets, nameof(secrets));
        var keys = new List<byte[]>();
        foreach (var secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                throw new ArgumentException("secrets must not contain a null or empty secret.", nameof(secrets));
            }

            keys.Add(Encoding.UTF8.GetBytes(secret));
        }

        if (keys.Count == 0)
        {
            throw new ArgumentException("secrets must contain at least one secret.", nameof(secrets));
        }

        Tolerance = tolerance ?? DefaultTolerance;
        if (Tolerance <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be positive.");
        }

        _keys = keys.ToArray();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Creates a verifier for a single secret.</summary>
    /// <param name="secret">The subscription secret.</param>
    /// <param name="tolerance">How far a timestamp may be from now, either way; defaults to <see cref="DefaultTolerance"/>.</param>
    /// <param name="timeProvider">The clock; defaults to the system clock.</param>
    public InteractlyWebhookVerifier(string secret, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
        : this(new[] { Argument.NotEmpty(secret, nameof(secret)) }, tolerance, timeProvider)
    {
    }

    /// <summary>How far a delivery's timestamp may be from now, in the past or the future.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>Says whether a delivery is authentic and fresh.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signatureHeader">The <c>X-Interactly-Signature</c> header value.</param>
    /// <param name="timestampHeader">The <c>X-Interactly-Timestamp</c> header value, or null when absent; an empty value is malformed.</param>
    /// <returns>True when valid.</returns>
    public bool Verify(ReadOnlySpan<byte> body, string? signatureHeader, string? timestampHeader) =>
        Validate(body, signatureHeader, timestampHeader).IsValid;

    /// <summary>Checks a delivery and throws when it is not authentic and fresh.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signatureHeader">The <c>X-Interactly-Signature</c> header value.</param>
    /// <param name="timestampHeader">The <c>X-Interactly-Timestamp</c> header value, or null when absent; an empty value is malformed.</param>
    /// <exception cref="InteractlyWebhookVerificationException">The delivery is rejected; <see cref="InteractlyWebhookVerificationException.Failure"/> says why.</exception>
    public void VerifyOrThrow(ReadOnlySpan<byte> body, string? signatureHeader, string? timestampHeader)
    {
        var result = Validate(body, signatureHeader, timestampHeader);
        if (!result.IsValid)
        {
            throw new InteractlyWebhookVerificationException(result.Failure, result.Message);
        }
    }

    /// <summary>Checks a delivery and says why it was rejected, if it was.</summary>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="signatureHeader">The <c>X-Interactly-Signature</c> header value.</param>
    /// <param name="timestampHeader">The <c>X-Interactly-Timestamp</c> header value, or null when absent; an empty value is malformed.</param>
    /// <returns>The outcome, with a reason that is safe to log.</returns>
    public InteractlyWebhookVerificationResult Validate(ReadOnlySpan<byte> body, string? signatureHeader, string? timestampHeader)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return InteractlyWebhookVerificationResult.Invalid(InteractlyWebhookVerificationFailure.MissingSignature, $"The {InteractlyWebhookHeaders.Signature} header is missing.");
        }

        var signatureText = signatureHeader!.AsSpan().Trim();
        if (signatureText.StartsWith(SignaturePrefix.AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            signatureText = signatureText.Slice(SignaturePrefix.Length).Trim();
        }

        Span<byte> presented = stackalloc byte[WebhookHmac.Size];
        if (!Hex.TryDecode(signatureText, presented))
        {
            return InteractlyWebhookVerificationResult.Invalid(InteractlyWebhookVerificationFailure.MalformedSignature, $"The {InteractlyWebhookHeaders.Signature} header is not a hex SHA-256 HMAC.");
        }

        // Every secret is tried, even after a match, so the time taken does not tell which one matched.
        var matched = false;
        foreach (var key in _keys)
        {
            matched |= ConstantTime.AreEqual(WebhookHmac.Compute(key, body), presented);
        }

        if (!matched)
        {
            return InteractlyWebhookVerificationResult.Invalid(InteractlyWebhookVerificationFailure.SignatureMismatch, "The signature does not match the body under any configured secret.");
        }

        // Only an absent header skips the freshness check. A header that is present but empty is malformed, as the
        // official SDK reads it: treating it as absent would let a stripped value switch replay protection off.
        if (timestampHeader is null)
        {
            return InteractlyWebhookVerificationResult.Valid(null);
        }

        if (!long.TryParse(timestampHeader!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds()
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return InteractlyWebhookVerificationResult.Invalid(InteractlyWebhookVerificationFailure.MalformedTimestamp, $"The {InteractlyWebhookHeaders.Timestamp} header is not a Unix time in seconds.");
        }

        var timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var age = _timeProvider.GetUtcNow() - timestamp;
        if (age > Tolerance)
        {
            return InteractlyWebhookVerificationResult.Invalid(InteractlyWebhookVerificationFailure.StaleTimestamp, $"The delivery is {FormatSeconds(age)} old, more than the {FormatSeconds(Tolerance)} tolerance.", timestamp);
        }

        if (-age > Tolerance)
        {
            return InteractlyWebhookVerificationResult.Invalid(InteractlyWebhookVerificationFailure.FutureTimestamp, $"The delivery is dated {FormatSeconds(-age)} in the future, more than the {FormatSeconds(Tolerance)} tolerance.", timestamp);
        }

        return InteractlyWebhookVerificationResult.Valid(timestamp);
    }

    private static string FormatSeconds(TimeSpan span) => ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
}
