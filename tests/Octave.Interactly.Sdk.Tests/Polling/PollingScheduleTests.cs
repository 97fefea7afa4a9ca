using System;
using System.Linq;

namespace Octave.Interactly.Sdk.Tests.Polling;

/// <summary>The delays between polls: growth, cap, jitter, Retry-After clamp and the deadline.</summary>
public sealed class PollingScheduleTests
{
    private static PollingOptions NoJitter() => new()
    {
        InitialInterval = TimeSpan.FromSeconds(5),
        MaxInterval = TimeSpan.FromSeconds(30),
        BackoffMultiplier = 2,
        Jitter = 0,
    };

    [Test]
    public void Defaults_start_at_five_seconds_and_cap_at_thirty()
    {
        var options = new PollingOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.InitialInterval, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(options.MaxInterval, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.Jitter, Is.EqualTo(0.2));
            Assert.That(options.Timeout, Is.Null);
        });
    }

    [Test]
    public void Delays_grow_by_the_multiplier_until_the_cap()
    {
        var schedule = new PollingSchedule(NoJitter());
        var delays = Enumerable.Range(0, 6).Select(attempt => schedule.GetDelay(attempt).TotalSeconds).ToArray();
        Assert.That(delays, Is.EqualTo(new double[] { 5, 10, 20, 30, 30, 30 }));
    }

    [Test]
    public void A_huge_attempt_number_stays_at_the_cap()
    {
        var schedule = new PollingSchedule(NoJitter());
        Assert.That(schedule.GetDelay(int.MaxValue), Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void Jitter_stays_within_its_fraction_and_under_the_cap()
    {
        var options = new PollingOptions { InitialInterval = TimeSpan.FromSeconds(10), MaxInterval = TimeSpan.FromSeconds(11), BackoffMultiplier = 1, Jitter = 0.2 };
        var schedule = new PollingSchedule(options, new Random(42));
        var delays = Enumerable.Range(0, 2000).Select(_ => schedule.GetDelay(0)).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(delays, Has.All.InRange(TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(11)));
            Assert.That(delays.Min(), Is.LessThan(TimeSpan.FromSeconds(8.2)), "jitter reaches down to -20 %");
            Assert.That(delays.Count(d => d == TimeSpan.FromSeconds(11)), Is.GreaterThan(0), "values above the cap are capped");
            Assert.That(delays.Distinct().Count(), Is.GreaterThan(100), "delays are spread, not constant");
        });
    }

    [Test]
    public void The_same_seed_gives_the_same_delays()
    {
        var first = new PollingSchedule(new PollingOptions(), new Random(7));
        var second = new PollingSchedule(new PollingOptions(), new Random(7));
        var a = Enumerable.Range(0, 10).Select(i => first.GetDelay(i)).ToArray();
        var b = Enumerable.Range(0, 10).Select(i => second.GetDelay(i)).ToArray();
        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void Retry_after_longer_than_the_backoff_is_honoured()
    {
        var schedule = new PollingSchedule(NoJitter());
        Assert.That(schedule.GetDelay(0, retryAfter: TimeSpan.FromSeconds(12)), Is.EqualTo(TimeSpan.FromSeconds(12)));
    }

    [Test]
    public void Retry_after_shorter_than_the_backoff_does_not_shorten_it()
    {
        var schedule = new PollingSchedule(NoJitter());
        Assert.That(schedule.GetDelay(2, retryAfter: TimeSpan.FromSeconds(1)), Is.EqualTo(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public void Retry_after_is_clamped_to_the_maximum()
    {
        var options = NoJitter();
        options.MaxRetryAfter = TimeSpan.FromSeconds(45);
        var schedule = new PollingSchedule(options);
        Assert.That(schedule.GetDelay(0, retryAfter: TimeSpan.FromHours(3)), Is.EqualTo(TimeSpan.FromSeconds(45)));
    }

    [Test]
    public void Retry_after_is_raised_to_the_minimum()
    {
        var options = new PollingOptions
        {
            InitialInterval = TimeSpan.FromMilliseconds(10),
            MaxInterval = TimeSpan.FromMilliseconds(10),
            Jitter = 0,
            MinRetryAfter = TimeSpan.FromMilliseconds(250),
        };
        var schedule = new PollingSchedule(options);
        Assert.That(schedule.GetDelay(0, retryAfter: TimeSpan.Zero), Is.EqualTo(TimeSpan.FromMilliseconds(250)));
    }

    [Test]
    public void Nothing_waits_past_the_deadline_not_even_retry_after()
    {
        var schedule = new PollingSchedule(NoJitter());
        Assert.Multiple(() =>
        {
            Assert.That(schedule.GetDelay(3, remaining: TimeSpan.FromSeconds(2)), Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(schedule.GetDelay(0, retryAfter: TimeSpan.FromSeconds(50), remaining: TimeSpan.FromSeconds(3)), Is.EqualTo(TimeSpan.FromSeconds(3)));
        });
    }

    [Test]
    public void A_deadline_already_passed_gives_zero_never_a_negative_delay()
    {
        var schedule = new PollingSchedule(new PollingOptions(), new Random(1));
        Assert.Multiple(() =>
        {
            Assert.That(schedule.GetDelay(0, remaining: TimeSpan.FromSeconds(-5)), Is.EqualTo(TimeSpan.Zero));
            Assert.That(schedule.GetDelay(0, retryAfter: TimeSpan.FromSeconds(-5)), Is.GreaterThanOrEqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public void Delays_are_never_negative_nor_over_the_larger_cap_for_any_input()
    {
        var random = new Random(3);
        var schedule = new PollingSchedule(new PollingOptions { Jitter = 0.99 }, new Random(5));
        for (var i = 0; i < 5000; i++)
        {
            var attempt = random.Next(0, 200);
            TimeSpan? retryAfter = random.Next(3) == 0 ? null : TimeSpan.FromMilliseconds(random.Next(-100_000, 10_000_000));
            TimeSpan? remaining = random.Next(3) == 0 ? null : TimeSpan.FromMilliseconds(random.Next(-100_000, 100_000));
            var delay = schedule.GetDelay(attempt, retryAfter, remaining);
            Assert.That(delay, Is.InRange(TimeSpan.Zero, TimeSpan.FromSeconds(60)), $"attempt {attempt}, retryAfter {retryAfter}, remaining {remaining}");
            if (remaining is { } left)
            {
                Assert.That(delay, Is.LessThanOrEqualTo(left < TimeSpan.Zero ? TimeSpan.Zero : left));
            }
        }
    }

    [Test]
    public void A_negative_attempt_is_rejected()
    {
        var schedule = new PollingSchedule(new PollingOptions());
        Assert.That(() => schedule.GetDelay(-1), Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("attempt"));
    }

    [Test]
    public void The_schedule_is_not_affected_by_later_changes_to_its_options()
    {
        var options = NoJitter();
        var schedule = new PollingSchedule(options);
        options.InitialInterval = TimeSpan.FromSeconds(1);
        Assert.That(schedule.GetDelay(0), Is.EqualTo(TimeSpan.FromSeconds(5)));
    }
}
