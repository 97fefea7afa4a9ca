using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The run's stream was lost: the connection broke without a close frame, the server went silent for longer than
/// <see cref="InteractlyStreamOptions.ReceiveTimeout"/>, or it stopped answering keep-alive pings. The run may still
/// be going on the server; read it with <see cref="IInteractlyApi.GetRunAsync"/> when <see cref="InteractlyStreamException.RunId"/> is known.
/// </summary>
public sealed class InteractlyStreamDroppedException : InteractlyStreamException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was lost, in words.</param>
    /// <param name="runId">The run's id when the server had acknowledged it.</param>
    /// <param name="innerException">The transport error behind it, if any.</param>
    public InteractlyStreamDroppedException(string message, string? runId, Exception? innerException = null)
        : base(message, runId, innerException)
    {
    }
}
