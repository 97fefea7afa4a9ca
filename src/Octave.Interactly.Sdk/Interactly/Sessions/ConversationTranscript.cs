using System.Collections.Generic;

namespace Octave.Interactly.Sdk;

/// <summary>The outcome of <see cref="InteractlySession.RunAsync"/>: every turn and line, the final status and why it ended.</summary>
public sealed class ConversationTranscript
{
    /// <summary>Creates the outcome.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="turns">Every turn of the session, in order.</param>
    /// <param name="entries">Every user and assistant line, in order.</param>
    /// <param name="finalStatus">The run's status when the loop returned.</param>
    /// <param name="endReason">Why the loop returned.</param>
    /// <param name="error">The server's error, when the run failed.</param>
    public ConversationTranscript(
        string runId,
        IReadOnlyList<InteractlyTurn> turns,
        IReadOnlyList<TranscriptEntry> entries,
        InteractlyRunStatus finalStatus,
        ConversationEndReason endReason,
        string? error)
    {
        RunId = runId;
        Turns = turns;
        Entries = entries;
        FinalStatus = finalStatus;
        EndReason = endReason;
        Error = error;
    }

    /// <summary>The run.</summary>
    public string RunId { get; }

    /// <summary>Every turn of the session, in order.</summary>
    public IReadOnlyList<InteractlyTurn> Turns { get; }

    /// <summary>Every user and assistant line, in order.</summary>
    public IReadOnlyList<TranscriptEntry> Entries { get; }

    /// <summary>The run's status when the loop returned.</summary>
    public InteractlyRunStatus FinalStatus { get; }

    /// <summary>Why the loop returned.</summary>
    public ConversationEndReason EndReason { get; }

    /// <summary>The server's error, when the run failed.</summary>
    public string? Error { get; }
}
