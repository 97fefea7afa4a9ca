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

    private static readonly char[] NotInLiteralRoute = { '{', '}', '?', '#' };

    /// <summary>The route parameter that carries the token in a route template: <c>{token}</c>.</summary>
    public const string TokenParameter = "{token}";

    /// <summary>
    /// Makes the callback URL for a receiver mapped at <paramref name="routeTemplate"/> (the same string you pass to
    /// <c>MapOctaveCallbacks</c>), below your application's public root: pass one constant to both, and the URL Octave
    /// calls cannot miss the route. <c>ForRoute(new Uri("https://app.example.com/"), "/callbacks/octave/{token}")</c>
    /// gives <c>https://app.example.com/callbacks/octave/&lt;token&gt;</c>.
    /// </summary>
    /// <param name="publicRoot">
    /// Where your application is reachable from the internet (its root, including any path base), e.g.
    /// <c>https://app.example.com/</c>. HTTPS, or HTTP on a loopback address for development.
    /// </param>
    /// <param name="routeTemplate">The receiver's route, with one <c>{token}</c> parameter and no other, e.g. <c>/callbacks/octave/{token}</c>.</param>
    /// <param name="token">The token to use; null makes a new one with <see cref="NewToken"/>.</param>
    /// <returns>The URL and its token.</returns>
    /// <exception cref="ArgumentException">
    /// The root is not absolute HTTPS (or loopback HTTP), the template has no <c>{token}</c> or another parameter, or
    /// the token is too short or not URL-safe.
    /// </exception>
    public static CallbackEndpoint ForRoute(Uri publicRoot, string routeTemplate, string? token = null) =>
        Build(publicRoot, nameof(publicRoot), routeTemplate, token);

    /// <summary>The one implementation: <paramref name="root"/> plus the template with the token in place.</summary>
    private static CallbackEndpoint Build(Uri root, string rootName, string routeTemplate, string? token)
    {
        Argument.NotNull(root, rootName);
        Argument.SecureUrl(root, rootName);
        if (!string.IsNullOrEmpty(root.Fragment))
        {
            throw new ArgumentException(rootName + " must not have a fragment.", rootName);
        }

        var template = Argument.NotEmpty(routeTemplate, nameof(routeTemplate)).TrimStart('~').Trim('/');
        var tokenAt = template.IndexOf(TokenParameter, StringComparison.Ordinal);
        var before = tokenAt < 0 ? template : template.Substring(0, tokenAt);
        var after = tokenAt < 0 ? string.Empty : template.Substring(tokenAt + TokenParameter.Length);
        if (tokenAt < 0 || (before + after).IndexOfAny(NotInLiteralRoute) >= 0)
        {
            throw new ArgumentException(
                $"routeTemplate must contain one {TokenParameter} parameter and no other parameter or query, e.g. \"/callbacks/octave/{{token}}\"; got '{routeTemplate}'.",
                nameof(routeTemplate));
        }

        token ??= NewToken();
        ValidateToken(token, nameof(token));

        var builder = new UriBuilder(root);
        builder.Path = builder.Path.TrimEnd('/') + "/" + before + token + after;
        return new CallbackEndpoint(builder.Uri, token);
    }

    /// <summary>
    /// Makes a callback URL directly below a base URL: <c>{publicBaseUrl}/{token}</c>. The base URL must already end
    /// with the receiver's route up to the token; prefer <see cref="ForRoute"/>, which builds it
    /// from your application's root and the route template.
    /// </summary>
    /// <param name="publicBaseUrl">
    /// Where the receiver is reachable from the internet, up to but not including the token, e.g.
    /// <c>https://app.example.com/callbacks/octave</c>. HTTPS, or HTTP on a loopback address for development.
    /// </param>
    /// <param name="token">The token to use; null makes a new one with <see cref="NewToken"/>.</param>
    /// <returns>The URL and its token.</returns>
    /// <exception cref="ArgumentException">The URL is not absolute HTTPS (or loopback HTTP), or the token is too short or not URL-safe.</exception>
    public static CallbackEndpoint Create(Uri publicBaseUrl, string? token = null) =>
        Build(publicBaseUrl, nameof(publicBaseUrl), TokenParameter, token);

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
