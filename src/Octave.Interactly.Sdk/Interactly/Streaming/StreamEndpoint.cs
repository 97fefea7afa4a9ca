using System;

namespace Octave.Interactly.Sdk;

/// <summary>Where the streaming endpoint is: the API's base URL with its scheme mapped to <c>ws</c>/<c>wss</c>.</summary>
internal static class StreamEndpoint
{
    public const string Path = "v1/workflow-runs/ws";

    /// <summary><c>https</c> becomes <c>wss</c> and loopback <c>http</c> becomes <c>ws</c> (the base URL was checked already).</summary>
    public static Uri For(Uri baseUrl, string? sessionToken)
    {
        var builder = new UriBuilder(baseUrl)
        {
            Scheme = string.Equals(baseUrl.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss" : "ws",
            Path = baseUrl.AbsolutePath.TrimEnd('/') + "/" + Path,
            Query = sessionToken is null ? string.Empty : "token=" + Uri.EscapeDataString(sessionToken),
            Fragment = string.Empty,
        };
        return builder.Uri;
    }
}
