using System;
using System.Security.Cryptography;
using Octave.Interactly.Sdk.Validation;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Builds Octave callback URLs that carry an unguessable token. Octave signs nothing, so the token in the path is
/// what proves a POST came from someone Octave told the URL to; the receiver compares it in constant time.
/// </summary>
public static class CallbackUrls
{
    /// <summary>The shortest token accepted: 16 characters of the URL-safe alphabet, about 96 bits.</summary>
    public const int MinimumTokenLength = 16;

    private const int TokenBytes = 32;

    /// <summary>Makes a callback URL below a public base URL: <c>{publicBaseUrl}/{token}</c>.</summary>
    /// <param name="publicBaseUrl">
    /// Where the receiver is reachable from the internet, up to but not including the token, e.g.
    /// <c>https://app.example.com/callbacks/octave</c>. HTTPS, or HTTP on a loopback address for development.
    /// </param>
    /// <param name="token">The token to use; null makes a new one with <see cref="NewToken"/>.</param>
    /// <returns>The URL and its token.</returns>
    /// <exception cref="ArgumentException">The URL is not absolute HTTPS (or loopback HTTP), or the token is too short or not URL-safe.</exception>
    public static CallbackEndpoint Create(Uri publicBaseUrl, string? token = null)
    {
        Argument.NotNull(publicBaseUrl, nameof(publicBaseUrl));
        Argument.SecureUrl(publicBaseUrl, nameof(publicBaseUrl));
        if (!string.IsNullOrEmpty(publicBaseUrl.Fragment))
        {
            throw new ArgumentException("publicBaseUrl must not have a fragment.", nameof(publicBaseUrl));
        }

        token ??= NewToken();
        ValidateToken(token, nameof(token));

        var builder = new UriBuilder(publicBaseUrl);
        builder.Path = builder.Path.TrimEnd('/') + "/" + token;
        return new CallbackEndpoint(builder.Uri, token);
    }

    /// <summary>Makes a new random token: 32 bytes from a cryptographic generator, base64url-encoded (43 characters).</summary>
    /// <returns>The token.</returns>
    public static string NewToken()
    {
        var bytes = new byte[TokenBytes];
#if NET8_0_OR_GREATER
        RandomNumberGenerator.Fill(bytes);
#else
        using (var generator = RandomNumberGenerator.Create())
        {
            generator.GetBytes(bytes);
        }
#endif
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// Compares a presented token with the expected one in constant time, so response timing reveals nothing about
    /// how much of a guess was right.
    /// </summary>
    /// <param name="expectedToken">The configured token.</param>
    /// <param name="presentedToken">The token from the request; null never matches.</param>
    /// <returns>True when they are equal.</returns>
    public static bool TokenMatches(string expectedToken, string? presentedToken)
    {
        Argument.NotEmpty(expectedToken, nameof(expectedToken));
        return ConstantTime.AreEqual(expectedToken, presentedToken);
    }

    /// <summary>Checks that a token is long enough and made only of URL-safe characters (letters, digits, <c>-</c>, <c>_</c>).</summary>
    /// <param name="token">The token.</param>
    /// <param name="name">The field to name in the error.</param>
    /// <exception cref="ArgumentException">The token is missing, too short or not URL-safe. The message never repeats it.</exception>
    public static void ValidateToken(string? token, string name)
    {
        Argument.NotEmpty(token, name);
        if (DescribeTokenProblem(token, name) is { } problem)
        {
            throw new ArgumentException(problem, name);
        }
    }

    /// <summary>Why a token is unfit, or null when it is fine; the message never repeats the token.</summary>
    internal static string? DescribeTokenProblem(string? token, string name)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return $"{name} is required; use CallbackUrls.NewToken() to make one.";
        }

        if (token!.Length < MinimumTokenLength)
        {
            return $"{name} must be at least {MinimumTokenLength} characters; use CallbackUrls.NewToken() to make one.";
        }

        foreach (var c in token)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
            {
                return $"{name} may contain only letters, digits, '-' and '_' (base64url); use CallbackUrls.NewToken() to make one.";
            }
        }

        return null;
    }
}
