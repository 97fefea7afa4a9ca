using System;
using System.Collections.Generic;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>Settings of the Interactly webhook receiver registered by <c>AddInteractlyWebhookReceiver</c>.</summary>
public sealed class InteractlyWebhookReceiverOptions
{
    /// <summary>
    /// The subscription secrets; a delivery signed with any of them is accepted. Keep two during a rotation. At least one is required.
    /// </summary>
    public IList<string> Secrets { get; } = new List<string>();

    /// <summary>How far <c>X-Interactly-Timestamp</c> may be from now, either way. Default 5 minutes.</summary>
    public TimeSpan Tolerance { get; set; } = InteractlyWebhookVerifier.DefaultTolerance;

    /// <summary>The largest body accepted, in bytes; a larger one is answered 413. Default 1 MiB.</summary>
    public int MaxBodyBytes { get; set; } = OctaveCallbackReceiverOptions.DefaultMaxBodyBytes;
}
