using System;
using Octave.Interactly.Sdk.Http.Resilience;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>Backoff doubles up to its cap, jitter stays inside it, and a clamped wait is never negative.</summary>
public sealed class RetryDelayTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(8);

    [TestCase(0, 500)]
    [TestCase(1, 1000)]
    [TestCase(2, 2000)]
    [TestCase(3, 4000)]
    [TestCase(4, 8000)]
    [TestCase(10, 8000)]
    [TestCase(1000, 8000)]
    public void Backoff_doubles_up_to_the_cap(int retryIndex, int expectedMilliseconds)
    {
        Assert.That(RetryDelay.Backoff(retryIndex, Base, Max, jitter: null), Is.EqualTo(TimeSpan.FromMilliseconds(expectedMilliseconds)));
    }

    [TestCase(0.0)]
    [TestCase(0.5)]
    [TestCase(0.999999)]
    public void Jitter_spreads_by_a_fifth_and_never_exceeds_the_cap(double sample)
    {
        var first = RetryDelay.Backoff(0, Base, Max, sample);
        var capped = RetryDelay.Backoff(6, Base, Max, sample);

        Assert.That(first, Is.InRange(TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(600)));
        Assert.That(capped, Is.InRange(TimeSpan.FromMilliseconds(6400), Max));
    }

    [Test]
    public void Nominal_total_is_the_sum_of_unjittered_delays()
    {
        Assert.That(RetryDelay.NominalTotal(5, Base, Max), Is.EqualTo(TimeSpan.FromMilliseconds(500 + 1000 + 2000 + 4000 + 8000)));
    }

    [TestCase(5000, 100, 10000, 100)]
    [TestCase(5000, 30000, 250, 250)]
    [TestCase(50, 100, 10000, 50)]
    [TestCase(-10, 100, 10000, 0)]
    [TestCase(50, 100, -5, 0)]
    public void Clamp_bounds_the_wait_by_the_cap_and_the_time_left(int delay, int max, int remaining, int expected)
    {
        Assert.That(
            RetryDelay.Clamp(TimeSpan.FromMilliseconds(delay), TimeSpan.FromMilliseconds(max), TimeSpan.FromMilliseconds(remaining)),
            Is.EqualTo(TimeSpan.FromMilliseconds(expected)));
    }
}
