using System;
using System.Net;

namespace Octave.Interactly.Sdk.Validation;

/// <summary>
/// Client-side checks that run before any I/O. Each failure is an <see cref="ArgumentException"/> whose
/// parameter name is the field the caller got wrong (a wire name such as <c>workflowOId</c> when the
/// value came inside a request model).
/// </summary>
internal static class Argument
{
    public static string NotEmpty(string? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, $"{name} is required.");
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException($"{name} must not be empty or whitespace.", name);
        }

        return value;
    }

    /// <summary>An error about a field of a request model (its wire name), not a method parameter.</summary>
    public static ArgumentException Invalid(string field, string message) => new(message, field);

    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name, $"{name} is required.");

    /// <summary>An Interactly id: a MongoDB ObjectId, exactly 24 lowercase hexadecimal characters.</summary>
    public static string ObjectId(string? value, string name)
    {
        NotEmpty(value, name);
        if (value!.Length != 24 || !IsLowerHex(value))
        {
            throw new ArgumentException($"{name} must be 24 lowercase hexadecimal characters (an ObjectId); got '{Shorten(value)}'.", name);
        }

        return value;
    }

    public static int? NotNegative(int? value, string name) =>
        value is < 0 ? throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or greater.") : value;

    public static int InRange(int value, int min, int max, string name) =>
        value < min || value > max
            ? throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.")
            : value;

    /// <summary>A URL the server will call back: absolute HTTPS, or HTTP on a loopback host for development.</summary>
    public static string? CallbackUrl(string? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"{name} must be an absolute URL; got '{Shorten(value)}'.", name);
        }

        SecureUrl(uri, name);
        return value;
    }

    /// <summary>HTTPS, or plain HTTP only to a loopback address (the emulator, a local receiver).</summary>
    public static Uri SecureUrl(Uri uri, string name)
    {
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException($"{name} must be an absolute URL.", name);
        }

        var https = string.Equals(uri.Scheme, "https", StringComparison.OrdinalIgnoreCase);
        var loopbackHttp = string.Equals(uri.Scheme, "http", StringComparison.OrdinalIgnoreCase) && IsLoopback(uri);
        if (!https && !loopbackHttp)
        {
            throw new ArgumentException($"{name} must use HTTPS (plain HTTP is allowed only for loopback addresses); got '{uri.Scheme}://{uri.Host}'.", name);
        }

        return uri;
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback
        || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static bool IsLowerHex(string value)
    {
        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string value) => value.Length <= 64 ? value : value.Substring(0, 64) + "…";
}
