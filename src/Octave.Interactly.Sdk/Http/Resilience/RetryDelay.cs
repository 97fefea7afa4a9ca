using System;

namespace Octave.Interactly.Sdk.Http.Resilience;

/// <summary>The wait before a retry: capped exponential backoff with jitter, or the server's clamped <c>Retry-After</c>.</summary>
internal static class RetryDelay
{
    private const double JitterSpread = 0.2;

    /// <summary>
    /// <c>min(baseDelay · 2^retryIndex, maxDelay)</c>, scaled by a random factor in [0.8, 1.2) when jittered and
    /// capped at <paramref name="maxDelay"/> again.
    /// </summary>
    /// <param name="retryIndex">0 for the first retry.</param>
    /// <param name="baseDelay">The first delay.</param>
    /// <param name="maxDelay">The cap.</param>
    /// <param name="jitter">A value in [0, 1) to spread the delay with, or null for none.</param>
    public static TimeSpan Backoff(int retryIndex, TimeSpan baseDelay, TimeSpan maxDelay, double? jitter)
    {
        var cap = Math.Max(0, maxDelay.TotalMilliseconds);
        var milliseconds = Math.Min(Math.Max(0, baseDelay.TotalMilliseconds) * Math.Pow(2, Math.Min(Math.Max(retryIndex, 0), 30)), cap);
        if (jitter is { } random)
        {
            milliseconds = Math.Min(milliseconds * (1 - JitterSpread + (2 * JitterSpread * random)), cap);
        }

        return TimeSpan.FromMilliseconds(milliseconds);
    }

    /// <summary>The sum of the nominal (unjittered) backoff delays of every retry, for validating against the total timeout.</summary>
    public static TimeSpan NominalTotal(int retries, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var total = TimeSpan.Zero;
        for (var i = 0; i < retries; i++)
        {
            total += Backoff(i, baseDelay, maxDelay, jitter: null);
        }

        return total;
    }

    /// <summary>Clamps a wait into [0, <paramref name="max"/>] and to the time left before the deadline; never negative.</summary>
    public static TimeSpan Clamp(TimeSpan delay, TimeSpan max, TimeSpan remaining)
    {
        var clamped = delay;
        if (clamped > max)
        {
            clamped = max;
        }

        if (clamped > remaining)
        {
            clamped = remaining;
        }

        return clamped < TimeSpan.Zero ? TimeSpan.Zero : clamped;
    }

    /// <summary>A jitter sample in [0, 1).</summary>
    public static double NextJitter()
    {
#if NET6_0_OR_GREATER
        return Random.Shared.NextDouble();
#else
        lock (SharedRandom)
        {
            return SharedRandom.NextDouble();
        }
#endif
    }

#if !NET6_0_OR_GREATER
    private static readonly Random SharedRandom = new();
#endif
}
