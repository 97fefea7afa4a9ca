using System;

namespace Quickstart;

/// <summary>
/// What the environment asks for. An API whose key is unset runs on the embedded emulator, so a fresh clone needs
/// no set-up; setting its key (and ids) points that API at a real server, or at a separately started emulator.
/// </summary>
internal sealed class QuickstartSettings
{
    public string? OctaveApiKey { get; init; }

    public Uri? OctaveBaseUrl { get; init; }

    public string? OctaveWorkflowOId { get; init; }

    public string? OctaveAgentOId { get; init; }

    /// <summary>A public HTTPS URL that forwards to this process (e.g. a tunnel), for callbacks from a remote Octave.</summary>
    public Uri? OctaveCallbackUrl { get; init; }

    public string? InteractlyApiKey { get; init; }

    public Uri? InteractlyBaseUrl { get; init; }

    public string? InteractlyWorkflowId { get; init; }

    public bool OctaveUsesEmulator => OctaveApiKey is null;

    public bool InteractlyUsesEmulator => InteractlyApiKey is null;

    public static QuickstartSettings FromEnvironment() => new()
    {
        OctaveApiKey = Read("OCTAVE_API_KEY"),
        OctaveBaseUrl = ReadUrl("OCTAVE_BASE_URL"),
        OctaveWorkflowOId = Read("OCTAVE_WORKFLOW_OID"),
        OctaveAgentOId = Read("OCTAVE_AGENT_OID"),
        OctaveCallbackUrl = ReadUrl("OCTAVE_CALLBACK_URL"),
        InteractlyApiKey = Read("INTERACTLY_API_KEY"),
        InteractlyBaseUrl = ReadUrl("INTERACTLY_BASE_URL"),
        InteractlyWorkflowId = Read("INTERACTLY_WORKFLOW_ID"),
    };

    /// <summary>The value of a variable this mode needs, or a message naming it.</summary>
    public static string Required(string? value, string variable, string why) =>
        value ?? throw new InvalidOperationException($"{variable} is not set; it is required when {why}.");

    private static string? Read(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static Uri? ReadUrl(string name)
    {
        var value = Read(name);
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url)
            ? url
            : throw new ArgumentException($"{name} is not an absolute URL: '{value}'.", name);
    }
}
