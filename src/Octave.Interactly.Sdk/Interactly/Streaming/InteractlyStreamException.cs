using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A streamed Interactly run (<c>WS /v1/workflow-runs/ws</c>) did not end normally. The two kinds are
/// <see cref="InteractlyStreamRejectedException"/> (the server closed the socket with an error code) and
/// <see cref="InteractlyStreamDroppedException"/> (the connection was lost or went silent). Messages never carry the
/// API key or the single-use session token.
/// </summary>
public abstract class InteractlyStreamException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened, in words.</param>
    /// <param name="runId">The run's id when the server had acknowledged it.</param>
    /// <param name="innerException">The transport error behind it, if any.</param>
    protected InteractlyStreamException(string message, string? runId, Exception? innerException)
        : base(message, innerException)
    {
        RunId = runId;
    }

    /// <summary>The run's id from the server's <c>run_ack</c> frame, or null when none had arrived.</summary>
    public string? RunId { get; }
}
