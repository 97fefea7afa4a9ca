using System;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>One POST the emulator made (or tried to make) to a run's callback URL.</summary>
public sealed class CallbackDeliveryAttempt
{
    /// <summary>The run the callback reports on (<c>bsjob_…</c> or <c>asyncReqID_…</c>).</summary>
    public string RunId { get; init; } = "";

    /// <summary>Where the callback was sent.</summary>
    public Uri Url { get; init; } = new("http://127.0.0.1/");

    /// <summary>1 for the first attempt, counting up on each retry.</summary>
    public int Attempt { get; init; }

    /// <summary>The receiver's status code, or null when no response arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why the attempt failed without a response (connection refused, timeout), or null.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// How long the receiver took to answer (or the attempt took to fail), measured on the real clock because it is
    /// network time, not emulated time.
    /// </summary>
    public TimeSpan Latency { get; init; }

    /// <summary>When the attempt finished, by the emulator's clock.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Whether the receiver answered 2xx.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
