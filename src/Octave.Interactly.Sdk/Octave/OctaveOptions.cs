using System;

namespace Octave.Interactly.Sdk;

/// <summary>Connection settings for the Octave v2 API.</summary>
public sealed class OctaveOptions : WorkflowServiceOptions
{
    /// <summary>The production base URL, <c>https://app.octavehq.com/</c>.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://app.octavehq.com/");

    /// <summary>The value sent in <c>x-request-source</c> unless <see cref="RequestSource"/> overrides it.</summary>
    public static readonly string DefaultRequestSource = "dotnet-sdk/" + SdkInfo.Version;

    /// <inheritdoc />
    public override Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>
    /// Sent as <c>x-request-source</c>; Octave uses it to attribute traffic and apply rate limits.
    /// Defaults to <c>dotnet-sdk/&lt;version&gt;</c>.
    /// </summary>
    public string RequestSource { get; set; } = DefaultRequestSource;
}
