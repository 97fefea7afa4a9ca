using System;

namespace Octave.Interactly.Sdk;

/// <summary>Guards for <see cref="InteractlySession.RunAsync"/>.</summary>
public sealed class ConversationLoopOptions
{
    /// <summary>The default <see cref="IdleTimeout"/>: five minutes.</summary>
    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The most messages the loop sends before it returns with <see cref="ConversationEndReason.MaxTurnsReached"/>. Defaults to 50.</summary>
    public int MaxTurns { get; set; } = 50;

    /// <summary>
    /// The longest the loop waits for the next message; on expiry it stops the session and returns with
    /// <see cref="ConversationEndReason.IdleTimeout"/>. Defaults to five minutes.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = DefaultIdleTimeout;
}
