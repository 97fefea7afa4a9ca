using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Octave.Interactly.Sdk.Tests.Callbacks;

public sealed class InMemoryCallbackDeduplicatorTests
{
    [Test]
    public async Task First_delivery_is_first_and_a_repeat_is_not()
    {
        var deduplicator = new InMemoryCallbackDeduplicator();

        Assert.That(await deduplicator.TryMarkFirstAsync("run_1|succeeded"), Is.True);
        Assert.That(await deduplicator.TryMarkFirstAsync("run_1|succeeded"), Is.False);
        Assert.That(await deduplicator.TryMarkFirstAsync("run_1|failed"), Is.True, "another status of the same run is another event");
        Assert.That(await deduplicator.TryMarkFirstAsync("run_2|succeeded"), Is.True);
    }

    [Test]
    public async Task A_key_is_first_again_after_the_ttl_but_not_before()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var deduplicator = new InMemoryCallbackDeduplicator(TimeSpan.FromMinutes(10), clock);
        await deduplicator.TryMarkFirstAsync("k");

        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.That(await deduplicator.TryMarkFirstAsync("k"), Is.False);

        clock.Advance(TimeSpan.FromTicks(1));
        Assert.That(await deduplicator.TryMarkFirstAsync("k"), Is.True);
        Assert.That(await deduplicator.TryMarkFirstAsync("k"), Is.False, "the re-mark starts a new window");
    }

    [Test]
    public async Task Expired_keys_are_swept_so_memory_stays_bounded()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var deduplicator = new InMemoryCallbackDeduplicator(TimeSpan.FromMinutes(10), clock);
        for (var i = 0; i < 1000; i++)
        {
            await deduplicator.TryMarkFirstAsync("old-" + i);
        }

        clock.Advance(TimeSpan.FromMinutes(11));
        await deduplicator.TryMarkFirstAsync("new");

        Assert.That(deduplicator.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task Forget_lets_the_next_delivery_through()
    {
        var deduplicator = new InMemoryCallbackDeduplicator();
        await deduplicator.TryMarkFirstAsync("k");

        await deduplicator.ForgetAsync("k");

        Assert.That(await deduplicator.TryMarkFirstAsync("k"), Is.True);
    }

    [Test]
    public async Task Exactly_one_of_100_parallel_callers_wins_a_key()
    {
        for (var round = 0; round < 20; round++)
        {
            var deduplicator = new InMemoryCallbackDeduplicator();
            using var start = new ManualResetEventSlim();
            var callers = Enumerable.Range(0, 100)
                .Select(_ => Task.Run(() =>
                {
                    start.Wait();
                    return deduplicator.TryMarkFirstAsync("same-key").AsTask();
                }))
                .ToArray();

            start.Set();
            var results = await Task.WhenAll(callers);

            Assert.That(results.Count(first => first), Is.EqualTo(1), $"round {round}");
        }
    }

    [Test]
    public async Task Exactly_one_parallel_caller_wins_an_expired_key()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var deduplicator = new InMemoryCallbackDeduplicator(TimeSpan.FromMinutes(1), clock);
        await deduplicator.TryMarkFirstAsync("k");
        clock.Advance(TimeSpan.FromMinutes(2));

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => deduplicator.TryMarkFirstAsync("k").AsTask())));

        Assert.That(results.Count(first => first), Is.EqualTo(1));
    }

    [Test]
    public void Rejects_bad_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryCallbackDeduplicator(TimeSpan.Zero));
        var deduplicator = new InMemoryCallbackDeduplicator();
        Assert.That(() => deduplicator.TryMarkFirst(""), Throws.ArgumentException.With.Property("ParamName").EqualTo("key"));
        Assert.That(() => deduplicator.TryMarkFirst(null!), Throws.InstanceOf<ArgumentNullException>());
    }

    [Test]
    public void Honours_cancellation()
    {
        var deduplicator = new InMemoryCallbackDeduplicator();

        Assert.That(async () => await deduplicator.TryMarkFirstAsync("k", new CancellationToken(canceled: true)), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(deduplicator.Count, Is.Zero);
    }
}
