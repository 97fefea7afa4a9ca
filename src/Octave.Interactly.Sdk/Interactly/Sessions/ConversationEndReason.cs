namespace Octave.Interactly.Sdk;

/// <summary>Why <see cref="InteractlySession.RunAsync"/> returned.</summary>
public enum ConversationEndReason
{
    /// <summary>The workflow completed.</summary>
    Completed,

    /// <summary>The workflow failed; see <see cref="ConversationTranscript.Error"/>.</summary>
    Failed,

    /// <summary>The session was stopped from this side: the input delegate returned null, or <see cref="InteractlySession.StopAsync"/> was called.</summary>
    Stopped,

    /// <summary>The server reported the run cancelled without this session asking for it.</summary>
    Cancelled,

    /// <summary>The runtime aborted the run as a suspected infinite loop.</summary>
    AbortedLoopingRisk,

    /// <summary>The loop sent <see cref="ConversationLoopOptions.MaxTurns"/> messages; the session is left as it is.</summary>
    MaxTurnsReached,

    /// <summary>No next message arrived within <see cref="ConversationLoopOptions.IdleTimeout"/>; the session was stopped.</summary>
    IdleTimeout,

    /// <summary>The workflow neither finished nor asked for input (for example it is paused, or background work outlasted the pumps).</summary>
    NotWaitingForInput,
}
