using System;
using System.Collections.Generic;

namespace Octave.Interactly.Sdk;

/// <summary>Settings every API connection has: where it is, how to authenticate, how much to read.</summary>
public abstract class WorkflowServiceOptions
{
    /// <summary>The default cap on a response body: 16 MiB.</summary>
    public const long DefaultMaxResponseBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The shortest API key accepted: 8 characters. No real key is that short, and a shorter one could not be
    /// redacted reliably from logs.
    /// </summary>
    public const int MinimumApiKeyLength = 8;

    /// <summary>
    /// The API key: at least <see cref="MinimumApiKeyLength"/> characters, no whitespace. Never logged, never shown by
    /// <see cref="ToString"/>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The API's base URL. Must be HTTPS unless it points at a loopback address.</summary>
    public abstract Uri BaseUrl { get; set; }

    /// <summary>Responses larger than this are rejected rather than buffered. Defaults to 16 MiB.</summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>
    /// Checks what a client needs before it sends anything: an <see cref="ApiKey"/> of at least
    /// <see cref="MinimumApiKeyLength"/> characters without whitespace, an absolute HTTPS <see cref="BaseUrl"/> (plain
    /// HTTP only for loopback) and a positive <see cref="MaxResponseBytes"/>. <c>OctaveClient.Create</c> and the
    /// <see cref="InteractlyClient"/> constructor call it; <c>AddWorkflowClients</c> applies the same rules at start-up
    /// and names the configuration setting (or environment variable) instead.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A setting is missing or invalid. The message names it, e.g. <c>OctaveOptions.ApiKey is required.</c>, and never
    /// contains the key; <see cref="ArgumentException.ParamName"/> is the property's name.
    /// </exception>
    public void Validate()
    {
        foreach (var (setting, problem) in Problems())
        {
            throw new ArgumentException($"{GetType().Name}.{setting} {problem}.", setting);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{GetType().Name} {{ BaseUrl = {BaseUrl}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "<not set>" : "***")} }}";

    /// <summary>
    /// Every rule broken, as (property, what is wrong); shared by <see cref="Validate"/> and the start-up validator so
    /// that both paths accept exactly the same settings.
    /// </summary>
    internal IEnumerable<(string Setting, string Problem)> Problems()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return (nameof(ApiKey), "is required");
        }
        else if (ApiKey!.Trim().Length < MinimumApiKeyLength)
        {
            yield return (nameof(ApiKey), $"is too short: an API key has at least {MinimumApiKeyLength} characters");
        }
        else if (HasWhitespaceOrControl(ApiKey))
        {
            yield return (nameof(ApiKey), "must not contain whitespace or control characters");
        }

        var baseUrl = BaseUrl;
        if (baseUrl is null)
        {
            yield return (nameof(BaseUrl), "is required");
        }
        else if (!baseUrl.IsAbsoluteUri)
        {
            yield return (nameof(BaseUrl), "must be an absolute URL");
        }
        else if (!IsSecure(baseUrl))
        {
            yield return (nameof(BaseUrl), $"must use HTTPS (plain HTTP only for loopback); got '{baseUrl.Scheme}://{baseUrl.Host}'");
        }

        if (MaxResponseBytes <= 0)
        {
            yield return (nameof(MaxResponseBytes), "must be greater than zero");
        }
    }

    private static bool IsSecure(Uri uri) =>
        string.Equals(uri.Scheme, "https", StringComparison.OrdinalIgnoreCase)
        || (string.Equals(uri.Scheme, "http", StringComparison.OrdinalIgnoreCase) && Validation.Argument.IsLoopback(uri));

    private static bool HasWhitespaceOrControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
