using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Octave.Interactly.Sdk.Tests.Callbacks;

public sealed class DistributedCacheCallbackDeduplicatorTests
{
    private static MemoryDistributedCache NewCache() => new(Options.Create(new MemoryDistributedCacheOptions()));

    [Test]
    public async Task First_and_repeat_over_a_distributed_cache()
    {
        var cache = NewCache();
        var deduplicator = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromHours(1));

        Assert.That(await deduplicator.TryMarkFirstAsync("run_1|succeeded"), Is.True);
        Assert.That(await deduplicator.TryMarkFirstAsync("run_1|succeeded"), Is.False);
        Assert.That(await cache.GetAsync("octave-callback:run_1|succeeded"), Is.Not.Null, "the entry is written under the prefix");
    }

    [Test]
    public async Task Two_instances_sharing_one_cache_see_each_others_deliveries()
    {
        var cache = NewCache();
        var instanceA = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromHours(1));
        var instanceB = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromHours(1));

        Assert.That(await instanceA.TryMarkFirstAsync("run_1|succeeded"), Is.True);
        Assert.That(await instanceB.TryMarkFirstAsync("run_1|succeeded"), Is.False, "B learns from the shared cache that A handled it");
        Assert.That(await instanceB.TryMarkFirstAsync("run_2|succeeded"), Is.True);
        Assert.That(await instanceA.TryMarkFirstAsync("run_2|succeeded"), Is.False);
    }

    [Test]
    public async Task Prefixes_keep_separate_receivers_apart_in_one_cache()
    {
        var cache = NewCache();
        var staging = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromHours(1), "staging:");
        var production = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromHours(1), "production:");

        Assert.That(await staging.TryMarkFirstAsync("k"), Is.True);
        Assert.That(await production.TryMarkFirstAsync("k"), Is.True);
    }

    [Test]
    public async Task Entries_expire_with_the_ttl()
    {
        var cacheClock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var localClock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions { Clock = new CacheClock(cacheClock) }));
        var deduplicator = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromMinutes(5), timeProvider: localClock);
        await deduplicator.TryMarkFirstAsync("k");

        cacheClock.Advance(TimeSpan.FromMinutes(6));
        localClock.Advance(TimeSpan.FromMinutes(6));

        Assert.That(await deduplicator.TryMarkFirstAsync("k"), Is.True);
    }

    [Test]
    public async Task Concurrent_repeats_inside_one_instance_yield_exactly_one_first()
    {
        var deduplicator = new DistributedCacheCallbackDeduplicator(new SlowCache(NewCache()), TimeSpan.FromHours(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => deduplicator.TryMarkFirstAsync("k").AsTask())));

        Assert.That(results.Count(first => first), Is.EqualTo(1));
    }

    [Test]
    public async Task A_failing_cache_surfaces_and_does_not_leave_a_local_mark()
    {
        var cache = new FlakyCache(NewCache()) { FailNextGet = true };
        var deduplicator = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromHours(1));

        Assert.That(async () => await deduplicator.TryMarkFirstAsync("k"), Throws.InvalidOperationException);
        Assert.That(await deduplicator.TryMarkFirstAsync("k"), Is.True, "the sender's retry must be handled, not dropped as a repeat");
    }

    [Test]
    public async Task Forget_removes_the_shared_entry()
    {
        var cache = NewCache();
        var instanceA = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromHours(1));
        var instanceB = new DistributedCacheCallbackDeduplicator(cache, TimeSpan.FromHours(1));
        await instanceA.TryMarkFirstAsync("k");

        await instanceA.ForgetAsync("k");

        Assert.That(await instanceB.TryMarkFirstAsync("k"), Is.True);
    }

    [Test]
    public void Rejects_bad_arguments()
    {
        Assert.That(() => new DistributedCacheCallbackDeduplicator(null!, TimeSpan.FromHours(1)), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("cache"));
        Assert.That(() => new DistributedCacheCallbackDeduplicator(NewCache(), TimeSpan.Zero), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("ttl"));
        Assert.That(() => new DistributedCacheCallbackDeduplicator(NewCache(), TimeSpan.FromHours(1), null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("keyPrefix"));
    }

    private sealed class CacheClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }

    /// <summary>Widens the get-then-set window so an in-process race would show.</summary>
    private sealed class SlowCache(IDistributedCache inner) : IDistributedCache
    {
        public byte[]? Get(string key) => inner.Get(key);

        public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
        {
            await Task.Yield();
            var value = await inner.GetAsync(key, token);
            await Task.Delay(1, token);
            return value;
        }

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => inner.SetAsync(key, value, options, token);
    }

    private sealed class FlakyCache(IDistributedCache inner) : IDistributedCache
    {
        public bool FailNextGet { get; set; }

        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default)
        {
            if (FailNextGet)
            {
                FailNextGet = false;
                throw new InvalidOperationException("cache unavailable");
            }

            return inner.GetAsync(key, token);
        }

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => inner.SetAsync(key, value, options, token);
    }
}
