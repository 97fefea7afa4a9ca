namespace Octave.Interactly.Sdk;

/// <summary>
/// Everything <c>AddWorkflowClients</c> registers, bound from the configuration section <c>WorkflowClients</c>:
/// <code>
/// "WorkflowClients": {
///   "Octave":     { "ApiKey": "...", "BaseUrl": "https://app.octavehq.com/", "RequestSource": "my-app" },
///   "Interactly": { "ApiKey": "...", "BaseUrl": "https://api.interactly.ai/workflows/", "TeamId": "...", "UserId": "..." },
///   "OctaveClient": { "CallbackUrl": "https://my-app.example/callbacks/octave" },
///   "Polling":    { "InitialInterval": "00:00:05", "MaxInterval": "00:00:30" },
///   "Resilience": { "TotalTimeout": "00:02:00", "AttemptTimeout": "00:01:00", "MaxRetryAttempts": 3 }
/// }
/// </code>
/// Either API may be left out: an API without a key is not validated, and resolving its services throws an
/// <see cref="System.InvalidOperationException"/> that names the missing setting. At least one key is required.
/// </summary>
public sealed class WorkflowClientsOptions
{
    /// <summary>The configuration section bound by default: <c>WorkflowClients</c>.</summary>
    public const string SectionName = "WorkflowClients";

    /// <summary>The Octave API connection. Falls back to <c>OCTAVE_API_KEY</c> and <c>OCTAVE_BASE_URL</c>.</summary>
    public OctaveOptions Octave { get; set; } = new();

    /// <summary>
    /// The Interactly API connection. Falls back to <c>INTERACTLY_API_KEY</c>, <c>INTERACTLY_BASE_URL</c>,
    /// <c>INTERACTLY_TEAM_ID</c> and <c>INTERACTLY_USER_ID</c>.
    /// </summary>
    public InteractlyOptions Interactly { get; set; } = new();

    /// <summary>How <see cref="Sdk.OctaveClient"/> starts and waits on runs: its callback URL and polling pace.</summary>
    public OctaveClientOptions OctaveClient { get; set; } = new();

    /// <summary>
    /// How waits on Octave runs poll: the documented place, <c>WorkflowClients:Polling</c>. It is the same object as
    /// <c>OctaveClient.Polling</c>, so <c>WorkflowClients:OctaveClient:Polling</c> also sets it; configuration binds
    /// <c>OctaveClient</c> first and <c>Polling</c> after it, so a value set in both sections is taken from
    /// <c>Polling</c>, and a value set in only one of them is kept.
    /// </summary>
    public PollingOptions Polling
    {
        get => OctaveClient.Polling;
        set => OctaveClient.Polling = value;
    }

    /// <summary>Timeouts, retries and the circuit breaker, shared by both APIs (each API gets its own breaker).</summary>
    public WorkflowResilienceOptions Resilience { get; set; } = new();

    /// <summary>Whether the Octave API has a key and so is in use.</summary>
    internal bool OctaveConfigured => !string.IsNullOrWhiteSpace(Octave?.ApiKey);

    /// <summary>Whether the Interactly API has a key and so is in use.</summary>
    internal bool InteractlyConfigured => !string.IsNullOrWhiteSpace(Interactly?.ApiKey);

    /// <summary>Environment values that could not be used, reported by validation.</summary>
    internal System.Collections.Generic.List<string> EnvironmentErrors { get; } = new();

    /// <summary>
    /// Settings filled from environment variables (<c>Octave:ApiKey</c> → <c>OCTAVE_API_KEY</c> and the value it gave),
    /// so that validation names the variable the user actually set while that value is still in use.
    /// </summary>
    internal System.Collections.Generic.Dictionary<string, (string Variable, object Value)> EnvironmentValues { get; } = new();

    /// <inheritdoc />
    public override string ToString() =>
        $"WorkflowClientsOptions {{ Octave = {Octave}, Interactly = {Interactly}, OctaveClient = {OctaveClient}, Resilience = {Resilience} }}";
}
