using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// How a wait on an Octave run polls its status endpoint: capped exponential backoff with jitter, a clamp on the
/// server's <c>Retry-After</c>, and an optional overall deadline. The defaults follow Octave's advice to poll every
/// 5 to 10 seconds. Values are checked by <see cref="Validate"/> when a wait starts.
/// </summary>
public sealed class PollingOptions
{
    /// <summary>The default <see cref="InitialInterval"/>: 5 seconds.</summary>
    public static readonly TimeSpan DefaultInitialInterval = TimeSpan.FromSeconds(5);

    /// <summary>The default <see cref="MaxInterval"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultMaxInterval = TimeSpan.FromSeconds(30);

    /// <summary>The default <see cref="MinRetryAfter"/>: 1 second.</summary>
    public static readonly TimeSpan DefaultMinRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>The default <see cref="MaxRetryAfter"/>: 60 seconds.</summary>
    public static readonly TimeSpan DefaultMaxRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>The delay before the first status poll. Defaults to 5 seconds.</summary>
    public TimeSpan InitialInterval { get; set; } = DefaultInitialInterval;

    /// <summary>The longest delay between two polls, jitter included. Defaults to 30 seconds.</summary>
    public TimeSpan MaxInterval { get; set; } = DefaultMaxInterval;

    /// <summary>Each delay is the previous one times this factor, up to <see cref="MaxInterval"/>. At least 1; defaults to 1.5.</summary>
    public double BackoffMultiplier { get; set; } = 1.5;

    /// <summary>
    /// Random spread applied to each delay, as a fraction of it: 0.2 means ±20 %. Spreads the polls of many runs
    /// started together. From 0 (none) to less than 1; defaults to 0.2.
    /// </summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>The shortest wait a server's <c>Retry-After</c> can cause. Defaults to 1 second.</summary>
    public TimeSpan MinRetryAfter { get; set; } = DefaultMinRetryAfter;

    /// <summary>
    /// The longest wait a server's <c>Retry-After</c> can cause, so a misconfigured proxy cannot stall a wait for
    /// hours. Defaults to 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = DefaultMaxRetryAfter;

    /// <summary>
    /// The overall deadline of one wait, after which it throws <see cref="OctaveRunTimeoutException"/> (the run itself
    /// keeps going on the server). Null, the default, waits until the run ends or the caller's token is cancelled,
    /// like Azure's <c>WaitForCompletionAsync</c>.
    /// </summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the exception names the property.</exception>
    public void Validate()
    {
        if (InitialInterval <= TimeSpan.Zero)
        {
            throw OutOfRange(nameof(InitialInterval), InitialInterval, "must be positive");
        }

        if (MaxInterval < InitialInterval)
        {
            throw OutOfRange(nameof(MaxInterval), MaxInterval, "must be at least InitialInterval");
        }

        if (double.IsNaN(BackoffMultiplier) || double.IsInfinity(BackoffMultiplier) || BackoffMultiplier < 1)
        {
            throw OutOfRange(nameof(BackoffMultiplier), BackoffMultiplier, "must be a finite number of at least 1");
        }

        if (double.IsNaN(Jitter) || Jitter < 0 || Jitter >= 1)
        {
            throw OutOfRange(nameof(Jitter), Jitter, "must be at least 0 and less than 1");
        }

        if (MinRetryAfter < TimeSpan.Zero)
        {
            throw OutOfRange(nameof(MinRetryAfter), MinRetryAfter, "must not be negative");
        }

        if (MaxRetryAfter < MinRetryAfter)
        {
            throw OutOfRange(nameof(MaxRetryAfter), MaxRetryAfter, "must be at least MinRetryAfter");
        }

        if (Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw OutOfRange(nameof(Timeout), timeout, "must be positive when set");
        }
    }

    /// <summary>A copy, so a wait is not affected by later changes to this instance.</summary>
    /// <returns>The copy.</returns>
    public PollingOptions Clone() => (PollingOptions)MemberwiseClone();

    /// <inheritdoc />
    public override string ToString() =>
        $"PollingOptions {{ InitialInterval = {InitialInterval}, MaxInterval = {MaxInterval}, BackoffMultiplier = {BackoffMultiplier}, Jitter = {Jitter}, Timeout = {(Timeout?.ToString() ?? "none")} }}";

    private static ArgumentOutOfRangeException OutOfRange(string property, object value, string rule) =>
        new(property, value, $"PollingOptions.{property} {rule}.");
}
