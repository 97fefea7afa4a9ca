using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The delays between status polls, computed from <see cref="PollingOptions"/> with no clock and no I/O, so the
/// same rules can be tested and reused in a custom loop. Delay <c>n</c> (0-based) is
/// <c>InitialInterval × BackoffMultiplier^n</c>, spread by ±<see cref="PollingOptions.Jitter"/>, and never more than
/// <see cref="PollingOptions.MaxInterval"/>. A server's <c>Retry-After</c> is clamped to
/// [<see cref="PollingOptions.MinRetryAfter"/>, <see cref="PollingOptions.MaxRetryAfter"/>] and then waited at least.
/// Whatever the inputs, a delay is never negative and never runs past the remaining time to the deadline.
/// </summary>
public sealed class PollingSchedule
{
    private readonly PollingOptions _options;
    private readonly Random _random;

    /// <summary>Creates a schedule from a snapshot of <paramref name="options"/>.</summary>
    /// <param name="options">The polling settings; validated here.</param>
    /// <param name="random">The source of jitter; pass a seeded one for repeatable delays. Not shared across threads.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public PollingSchedule(PollingOptions options, Random? random = null)
    {
        Validation.Argument.NotNull(options, nameof(options));
        options.Validate();
        _options = options.Clone();
        _random = random ?? NewRandom();
    }

    private PollingSchedule(Random random, PollingOptions resolved)
    {
        _options = resolved;
        _random = random;
    }

    /// <summary>
    /// A schedule over options already validated and owned by the caller, who never changes them (a wait's resolved
    /// options): no copy, and the process-wide random on .NET 6 and later, so a wait holds no options or random of its own.
    /// </summary>
    internal static PollingSchedule ForResolvedOptions(PollingOptions resolved) => new(SharedRandom(), resolved);

    /// <summary>The options this schedule was built from (a copy).</summary>
    public PollingOptions Options => _options.Clone();

    /// <summary>Computes the delay before the next poll.</summary>
    /// <param name="attempt">How many delays came before this one (0 for the delay before the first poll).</param>
    /// <param name="retryAfter">The <c>Retry-After</c> of the last answer, if it carried one.</param>
    /// <param name="remaining">The time left before the deadline, if there is one; zero or less gives a zero delay.</param>
    /// <returns>The delay: at least zero, at most <paramref name="remaining"/>.</returns>
    public TimeSpan GetDelay(int attempt, TimeSpan? retryAfter = null, TimeSpan? remaining = null)
    {
        if (attempt < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(attempt), attempt, "attempt must be zero or greater.");
        }

        var delay = Backoff(attempt);
        if (retryAfter is { } serverDelay)
        {
            var clamped = Clamp(serverDelay, _options.MinRetryAfter, _options.MaxRetryAfter);
            if (clamped > delay)
            {
                delay = clamped;
            }
        }

        if (remaining is { } left && delay > left)
        {
            delay = left;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private TimeSpan Backoff(int attempt)
    {
        var initial = _options.InitialInterval.Ticks;
        var max = (double)_options.MaxInterval.Ticks;

        // Computed in double and capped before converting, so a large attempt cannot overflow TimeSpan.
        var ticks = Math.Min(initial * Math.Pow(_options.BackoffMultiplier, attempt), max);
        if (_options.Jitter > 0)
        {
            var spread = (_random.NextDouble() * 2) - 1;
            ticks *= 1 + (_options.Jitter * spread);
        }

        ticks = Math.Min(Math.Max(ticks, 0), max);
        return TimeSpan.FromTicks((long)ticks);
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;

    private static Random SharedRandom()
    {
#if NET6_0_OR_GREATER
        // Thread-safe, and jitter needs no seed of its own.
        return Random.Shared;
#else
        return NewRandom();
#endif
    }

    private static Random NewRandom()
    {
#if NET8_0_OR_GREATER
        return new Random();
#else
        // On .NET Framework a default Random is seeded from the tick count, so schedules built together would
        // jitter identically; a GUID-derived seed keeps them apart.
        return new Random(Guid.NewGuid().GetHashCode());
#endif
    }
}
