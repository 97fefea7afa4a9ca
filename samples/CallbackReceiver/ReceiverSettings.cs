using System;

namespace CallbackReceiver;

/// <summary>
/// Where runs are started and how Octave reaches this app. With OCTAVE_API_KEY unset, runs go to an in-process
/// emulator (otherwise AddWorkflowClients reads OCTAVE_API_KEY and OCTAVE_BASE_URL); PUBLIC_BASE_URL is the address Octave posts callbacks to (a tunnel, or your deployment), and defaults to
/// the address this app listens on, which a loopback Octave such as the emulator can reach.
/// </summary>
internal sealed class ReceiverSettings
{
    public const string DefaultListenUrl = "http://127.0.0.1:5090";

    public string? OctaveApiKey { get; init; }

    public string WorkflowOId { get; init; } = "caw_demo_enrich";

    public Uri? PublicBaseUrl { get; init; }

    public bool UsesEmulator => OctaveApiKey is null;

    public static ReceiverSettings FromEnvironment() => new()
    {
        OctaveApiKey = Read("OCTAVE_API_KEY"),
        WorkflowOId = Read("OCTAVE_WORKFLOW_OID") ?? "caw_demo_enrich",
        PublicBaseUrl = Read("PUBLIC_BASE_URL") is { } publicUrl ? new Uri(publicUrl) : null,
    };

    /// <summary>The base of the callback URL: PUBLIC_BASE_URL, else the listening address (a wildcard host becomes loopback).</summary>
    public Uri CallbackBase(string listenUrl)
    {
        if (PublicBaseUrl is { } publicUrl)
        {
            return publicUrl;
        }

        var listening = new UriBuilder(listenUrl.Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal));
        if (listening.Host is "0.0.0.0" or "[::]")
        {
            listening.Host = "127.0.0.1";
        }

        return listening.Uri;
    }

    private static string? Read(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;
}
