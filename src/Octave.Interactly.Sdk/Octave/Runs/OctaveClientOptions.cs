using System;

namespace Octave.Interactly.Sdk;

/// <summary>How <see cref="OctaveClient"/> starts and waits on runs.</summary>
public sealed class OctaveClientOptions
{
    /// <summary>The default <see cref="CallbackFallbackInterval"/>: 60 seconds.</summary>
    public static readonly TimeSpan DefaultCallbackFallbackInterval = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Where Octave POSTs each run's result: your callback receiver, which passes it to
    /// <see cref="OctaveClient.Completions"/>. When set, every run started through the client asks for the callback
    /// (<see cref="StartRunOptions.CallbackUrl"/> overrides it per call), waits end as soon as it arrives, and status
    /// polling slows to <see cref="CallbackFallbackInterval"/> as a fallback for lost callbacks. HTTPS, or HTTP to a
    /// loopback address for development. Octave's agent and email endpoints require a callback URL.
    /// </summary>
    public string? CallbackUrl { get; set; }

    /// <summary>
    /// How waits poll when no callback is expected. Defaults: first poll after 5 s, backing off to 30 s. Through
    /// <c>AddWorkflowClients</c> this is <see cref="WorkflowClientsOptions.Polling"/> (configuration
    /// <c>WorkflowClients:Polling</c>, which wins over <c>WorkflowClients:OctaveClient:Polling</c> for a value set in both).
    /// </summary>
    public PollingOptions Polling { get; set; } = new();

    /// <summary>
    /// The polling pace while <see cref="CallbackUrl"/> is set: <see cref="Polling"/> with its intervals raised to at
    /// least this value, since the callback normally ends the wait first. Defaults to 60 seconds.
    /// </summary>
    public TimeSpan CallbackFallbackInterval { get; set; } = DefaultCallbackFallbackInterval;

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentException">A value is invalid; the exception names it.</exception>
    public void Validate()
    {
        Validation.Argument.CallbackUrl(CallbackUrl, nameof(CallbackUrl));
        Validation.Argument.NotNull(Polling, nameof(Polling)).Validate();
        if (CallbackFallbackInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CallbackFallbackInterval), CallbackFallbackInterval, "OctaveClientOptions.CallbackFallbackInterval must be positive.");
        }
    }

    internal OctaveClientOptions Clone() => new()
    {
        CallbackUrl = CallbackUrl,
        Polling = Polling.Clone(),
        CallbackFallbackInterval = CallbackFallbackInterval,
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"OctaveClientOptions {{ CallbackUrl = {(CallbackUrl is null ? "<not set>" : "<set>")}, Polling = {Polling}, CallbackFallbackInterval = {CallbackFallbackInterval} }}";
}
