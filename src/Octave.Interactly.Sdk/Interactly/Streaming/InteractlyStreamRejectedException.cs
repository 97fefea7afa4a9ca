using System;
using System.Globalization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The server closed the run's stream with a code other than 1000 (normal): 4006 when the first frame carried
/// <c>initial_state</c>, 4007 when the re-run token was invalid or expired, or any other code the server chose.
/// Retrying the same input gets the same answer.
/// </summary>
public sealed class InteractlyStreamRejectedException : InteractlyStreamException
{
    /// <summary>Creates the exception from the server's close frame.</summary>
    /// <param name="closeCode">The close code.</param>
    /// <param name="closeReason">The close frame's reason text, if any.</param>
    /// <param name="runId">The run's id when the server had acknowledged it.</param>
    public InteractlyStreamRejectedException(int closeCode, string? closeReason, string? runId)
        : base(BuildMessage(closeCode, closeReason), runId, null)
    {
        CloseCode = closeCode;
        CloseReason = closeReason;
    }

    /// <summary>The WebSocket close code (see <see cref="InteractlyStreamCloseCodes"/>).</summary>
    public int CloseCode { get; }

    /// <summary>The reason text of the close frame, or null when it had none.</summary>
    public string? CloseReason { get; }

    private static string BuildMessage(int closeCode, string? closeReason)
    {
        var meaning = closeCode switch
        {
            InteractlyStreamCloseCodes.InitialStateRejected =>
                "the first frame carried initial_state, which clients must not send; leave WorkflowRunInput.InitialState null",
            InteractlyStreamCloseCodes.InvalidRerunToken =>
                "the re-run token was invalid or has expired; start a new run, or get a fresh token",
            _ => "the server ended the stream with an error",
        };
        var reason = string.IsNullOrWhiteSpace(closeReason) ? string.Empty : $" Server reason: '{closeReason}'.";
        return "The Interactly run stream was closed with code " + closeCode.ToString(CultureInfo.InvariantCulture) + ": " + meaning + "." + reason;
    }
}
