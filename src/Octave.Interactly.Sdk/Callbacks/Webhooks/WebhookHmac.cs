using System;
using System.Security.Cryptography;

namespace Octave.Interactly.Sdk;

/// <summary>HMAC-SHA256 over a span on every target framework.</summary>
internal static class WebhookHmac
{
    public const int Size = 32;

    public static byte[] Compute(byte[] key, ReadOnlySpan<byte> body)
    {
#if NET8_0_OR_GREATER
        return HMACSHA256.HashData(key, body);
#else
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(body.ToArray());
#endif
    }
}
