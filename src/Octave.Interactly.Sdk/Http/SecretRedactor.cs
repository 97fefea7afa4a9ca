using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Octave.Interactly.Sdk.Http;

/// <summary>
/// Removes credentials from text that may reach logs or exceptions: the configured keys themselves,
/// and anything that looks like an <c>api_key</c> value or a bearer token.
/// </summary>
internal sealed class SecretRedactor
{
    public const string Mask = "***";

    private static readonly Regex CredentialPattern = new(
        "(?<prefix>(\"?(api_key|apiKey|api-key|authorization|token|secret)\"?\\s*[:=]\\s*\"?)|(Bearer\\s+))(?<value>[^\"\\s,}&]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(200));

    private readonly IReadOnlyList<string> _secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        var list = new List<string>();
        foreach (var secret in secrets)
        {
            // Very short values would mask ordinary words; such keys are rejected by validation anyway.
            if (!string.IsNullOrEmpty(secret) && secret!.Length >= 4)
            {
                list.Add(secret);
            }
        }

        _secrets = list;
    }

    public static SecretRedactor None { get; } = new(Array.Empty<string>());

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask);
        }

        try
        {
            return CredentialPattern.Replace(text, match => match.Groups["prefix"].Value + Mask);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological body must not hang error handling; drop it rather than risk a leak.
            return "[body withheld: redaction timed out]";
        }
    }
}
