namespace Octave.Interactly.Sdk;

/// <summary>Per-call settings for starting an Octave run through <see cref="OctaveClient"/>.</summary>
public sealed class StartRunOptions
{
    /// <summary>
    /// Where Octave POSTs this run's result, instead of <see cref="OctaveClientOptions.CallbackUrl"/> (and instead of
    /// a URL set on the request object).
    /// </summary>
    public string? CallbackUrl { get; set; }

    /// <summary>
    /// Sent as <c>x-external-request-id</c>; if the start call's answer is lost
    /// (<see cref="WorkflowOutcomeUnknownException"/>), use it to reconcile before starting again.
    /// </summary>
    public string? ExternalRequestId { get; set; }
}
