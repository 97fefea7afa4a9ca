using System;

namespace Octave.Interactly.Sdk;

/// <summary>How <see cref="InteractlyClient"/> sessions behave between turns. Read once when the client is created.</summary>
public sealed class InteractlySessionOptions
{
    /// <summary>The default <see cref="PumpInterval"/>: one second, as the API suggests.</summary>
    public static readonly TimeSpan DefaultPumpInterval = TimeSpan.FromSeconds(1);

    /// <summary>The default <see cref="StopOnDisposeTimeout"/>.</summary>
    public static readonly TimeSpan DefaultStopOnDisposeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The default <see cref="RunBy"/> label.</summary>
    public const string DefaultRunBy = "api";

    /// <summary>The wait before each pump of background work. Defaults to one second.</summary>
    public TimeSpan PumpInterval { get; set; } = DefaultPumpInterval;

    /// <summary>The most pumps after one turn while the server reports background work. Defaults to 10; 0 disables pumping.</summary>
    public int MaxPumpIterations { get; set; } = 10;

    /// <summary>Whether disposing a session that is still active sends <c>stop</c>. Defaults to true.</summary>
    public bool StopOnDispose { get; set; } = true;

    /// <summary>How long disposing may spend sending <c>stop</c> before giving up. Defaults to five seconds.</summary>
    public TimeSpan StopOnDisposeTimeout { get; set; } = DefaultStopOnDisposeTimeout;

    /// <summary>The <c>run_by</c> label sent on the first turn unless a session overrides it. Defaults to <c>api</c>.</summary>
    public string RunBy { get; set; } = DefaultRunBy;

    /// <summary>The clock for pump intervals and timeouts; tests may substitute their own.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal InteractlySessionOptions ValidatedCopy()
    {
        if (PumpInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(PumpInterval), PumpInterval, "PumpInterval must not be negative.");
        }

        if (MaxPumpIterations < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPumpIterations), MaxPumpIterations, "MaxPumpIterations must not be negative.");
        }

        if (StopOnDisposeTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StopOnDisposeTimeout), StopOnDisposeTimeout, "StopOnDisposeTimeout must be positive.");
        }

        if (string.IsNullOrWhiteSpace(RunBy))
        {
            throw new ArgumentException("RunBy must not be empty.", nameof(RunBy));
        }

        return new InteractlySessionOptions
        {
            PumpInterval = PumpInterval,
            MaxPumpIterations = MaxPumpIterations,
            StopOnDispose = StopOnDispose,
            StopOnDisposeTimeout = StopOnDisposeTimeout,
            RunBy = RunBy,
            TimeProvider = TimeProvider ?? throw new ArgumentNullException(nameof(TimeProvider)),
        };
    }
}
