using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// An <see cref="ICallbackDeduplicator"/> for one process: remembers each key for <see cref="Ttl"/>.
/// Exactly one concurrent caller per key gets true. Expired keys are swept as new keys arrive, so memory is
/// bounded by the number of distinct keys seen within one TTL.
/// </summary>
public sealed class InMemoryCallbackDeduplicator : ICallbackDeduplicator
{
    /// <summary>How long a key is remembered by default: 24 hours, longer than any sender's retry schedule.</summary>
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, long> _expiryTicksByKey = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly long _sweepIntervalTicks;
    private long _nextSweepTicks;

    /// <summary>Creates a deduplicator.</summary>
    /// <param name="ttl">How long a key is remembered; defaults to <see cref="DefaultTtl"/>. Must be positive.</param>
    /// <param name="timeProvider">The clock; defaults to the system clock.</param>
    public InMemoryCallbackDeduplicator(TimeSpan? ttl = null, TimeProvider? timeProvider = null)
    {
        Ttl = ttl ?? DefaultTtl;
        if (Ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "ttl must be positive.");
        }

        _timeProvider = timeProvider ?? TimeProvider.System;

        // Sweeping at most ten times per TTL keeps a burst of callbacks from scanning the table on every call,
        // while an expired key still leaves memory within 1.1 TTL.
        _sweepIntervalTicks = Math.Max(1, Ttl.Ticks / 10);
        _nextSweepTicks = _timeProvider.GetUtcNow().UtcTicks + _sweepIntervalTicks;
    }

    /// <summary>How long a key is remembered after it was first marked.</summary>
    public TimeSpan Ttl { get; }

    /// <summary>Keys currently remembered, including expired ones not yet swept.</summary>
    public int Count => _expiryTicksByKey.Count;

    /// <inheritdoc />
    public ValueTask<bool> TryMarkFirstAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<bool>(TryMarkFirst(key));
    }

    /// <inheritdoc />
    public ValueTask ForgetAsync(string key, CancellationToken cancellationToken = default)
    {
        Forget(key);
        return default;
    }

    /// <summary>Records a key and says whether it was new; the synchronous form of <see cref="TryMarkFirstAsync"/>.</summary>
    /// <param name="key">The de-duplication key.</param>
    /// <returns>True for the first sighting of the key within <see cref="Ttl"/>.</returns>
    public bool TryMarkFirst(string key)
    {
        Validation.Argument.NotEmpty(key, nameof(key));
        var now = _timeProvider.GetUtcNow().UtcTicks;
        SweepIfDue(now);
        var expiry = now + Ttl.Ticks;

        // A compare-and-swap loop: TryAdd and TryUpdate are atomic, so of many callers racing on one key,
        // exactly one wins, whether the key is new or its previous sighting has expired.
        while (true)
        {
            if (_expiryTicksByKey.TryAdd(key, expiry))
            {
                return true;
            }

            if (!_expiryTicksByKey.TryGetValue(key, out var existingExpiry))
            {
                continue;
            }

            if (existingExpiry > now)
            {
                return false;
            }

            if (_expiryTicksByKey.TryUpdate(key, expiry, existingExpiry))
            {
                return true;
            }
        }
    }

    /// <summary>Forgets a key; the synchronous form of <see cref="ForgetAsync"/>.</summary>
    /// <param name="key">The de-duplication key.</param>
    public void Forget(string key)
    {
        Validation.Argument.NotEmpty(key, nameof(key));
        _expiryTicksByKey.TryRemove(key, out _);
    }

    private void SweepIfDue(long now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref _nextSweepTicks, now + _sweepIntervalTicks, due) != due)
        {
            return;
        }

        foreach (var entry in _expiryTicksByKey)
        {
            if (entry.Value <= now)
            {
                RemoveIfUnchanged(entry.Key, entry.Value);
            }
        }
    }

    // Removes the entry only if nobody re-marked the key since it was read, so a sweep never drops a fresh mark.
    private void RemoveIfUnchanged(string key, long expiry)
    {
#if NET5_0_OR_GREATER
        _expiryTicksByKey.TryRemove(new System.Collections.Generic.KeyValuePair<string, long>(key, expiry));
#else
        ((System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, long>>)_expiryTicksByKey)
            .Remove(new System.Collections.Generic.KeyValuePair<string, long>(key, expiry));
#endif
    }
}
