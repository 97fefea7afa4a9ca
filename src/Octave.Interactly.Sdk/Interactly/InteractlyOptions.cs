using System;

namespace Octave.Interactly.Sdk;

/// <summary>Connection settings for the Interactly Workflows v1 API.</summary>
public sealed class InteractlyOptions : WorkflowServiceOptions
{
    /// <summary>The production base URL, <c>https://api.interactly.ai/workflows/</c>.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.interactly.ai/workflows/");

    /// <summary>The API version sent in <c>X-Interactly-API-Version</c> by default.</summary>
    public const string DefaultApiVersion = "2026-04-01";

    /// <inheritdoc />
    public override Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Sent as the <c>teamid</c> header when set.</summary>
    public string? TeamId { get; set; }

    /// <summary>Sent as the <c>uuid</c> header when set.</summary>
    public string? UserId { get; set; }

    /// <summary>Sent as <c>X-Interactly-API-Version</c>.</summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;
}
