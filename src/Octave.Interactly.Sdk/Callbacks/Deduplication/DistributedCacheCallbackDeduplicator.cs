using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Caching.Distributed;

namespace Octave.Interactly.Sdk;

/// <summary>
/// An <see cref="ICallbackDeduplicator"/> over any <see cref="IDistributedCache"/> (Redis, SQL Server, ...), so that
/// several receiver instances behind a load balancer share what they have seen.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="IDistributedCache"/> has no atomic "add if absent", so the check is a read followed by a write.
/// Two instances that receive the same delivery within the same few milliseconds can both see it as first.
/// That keeps the guarantee at-least-once (never a lost callback) but not exactly-once across instances:
/// make what the handlers do idempotent (the completion registry already is).
/// </para>
/// <para>
/// Inside one instance the check is exact: every key first passes an <see cref="InMemoryCallbackDeduplicator"/>,
/// so concurrent repeats in the same process never reach the cache race.
/// </para>
/// </remarks>
public sealed class DistributedCacheCallbackDeduplicator : ICallbackDeduplicator
{
    /// <summary>The default prefix of every cache key this deduplicator writes.</summary>
    public const string DefaultKeyPrefix = "octave-callback:";

    private static readonly byte[] Marker = { 1 };

    private readonly IDistributedCache _cache;
    private readonly InMemoryCallbackDeduplicator _local;
    private readonly DistributedCacheEntryOptions _entryOptions;
    private readonly string _keyPrefix;

    /// <summary>Creates a deduplicator over a distributed cache.</summary>
    /// <param name="cache">The shared cache.</param>
    /// <param name="ttl">How long a key is remembered. Must be positive.</param>
    /// <param name="keyPrefix">Prefix of every cache key, to keep these entries apart from others in the same cache.</param>
    /// <param name="timeProvider">The clock of the in-process layer; defaults to the system clock.</param>
    public DistributedCacheCallbackDeduplicator(IDistributedCache cache, TimeSpan ttl, string keyPrefix = DefaultKeyPrefix, TimeProvider? timeProvider = null)
    {
        _cache = Validation.Argument.NotNull(cache, nameof(cache));
        _keyPrefix = Validation.Argument.NotNull(keyPrefix, nameof(keyPrefix));
        if (ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "ttl must be positive.");
        }

        Ttl = ttl;
        _local = new InMemoryCallbackDeduplicator(ttl, timeProvider);
        _entryOptions = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl };
    }

    /// <summary>How long a key is remembered.</summary>
    public TimeSpan Ttl { get; }

    /// <inheritdoc />
    public async ValueTask<bool> TryMarkFirstAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!_local.TryMarkFirst(key))
        {
            return false;
        }

        try
        {
            var cacheKey = _keyPrefix + key;
            if (await _cache.GetAsync(cacheKey, cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }

            await _cache.SetAsync(cacheKey, Marker, _entryOptions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch
        {
            // The cache did not answer, so nothing is known: the local mark must not turn the sender's retry into a "repeat".
            _local.Forget(key);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask ForgetAsync(string key, CancellationToken cancellationToken = default)
    {
        _local.Forget(key);
        await _cache.RemoveAsync(_keyPrefix + key, cancellationToken).ConfigureAwait(false);
    }
}
