using System;

namespace Octave.Interactly.Sdk;

/// <summary>Settings every API connection has: where it is, how to authenticate, how much to read.</summary>
public abstract class WorkflowServiceOptions
{
    /// <summary>The default cap on a response body: 16 MiB.</summary>
    public const long DefaultMaxResponseBytes = 16 * 1024 * 1024;

    /// <summary>The API key. Never logged, never shown by <see cref="ToString"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The API's base URL. Must be HTTPS unless it points at a loopback address.</summary>
    public abstract Uri BaseUrl { get; set; }

    /// <summary>Responses larger than this are rejected rather than buffered. Defaults to 16 MiB.</summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <inheritdoc />
    public override string ToString() =>
        $"{GetType().Name} {{ BaseUrl = {BaseUrl}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "<not set>" : "***")} }}";
}
