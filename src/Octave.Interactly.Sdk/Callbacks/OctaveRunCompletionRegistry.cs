using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Where callbacks meet the runs waiting for them, inside one process. When a callback for a run arrives,
/// every wait on that run completes at once with it. A callback that arrives before anyone waits (a fast run,
/// or a wait started after a restart) is remembered for <see cref="Retention"/>, so a later wait still sees it.
/// Thread-safe; register one per process (the DI registration does).
/// </summary>
public sealed class OctaveRunCompletionRegistry
{
    /// <summary>How long a callback is remembered when nobody waits for it yet, by default: 15 minutes.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly IOctaveCallbackStore? _store;
    private long _lastSweepTicks;

    /// <summary>Creates a registry.</summary>
    /// <param name="timeProvider">The clock used for retention; defaults to the system clock.</param>
    /// <param name="retention">How long an unclaimed callback is remembered.</param>
    public OctaveRunCompletionRegistry(TimeProvider? timeProvider = null, TimeSpan? retention = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        Retention = retention ?? DefaultRetention;
        if (Retention <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(retention), retention, "Retention must be positive.");
        }
    }

    /// <summary>Creates a registry that also finds callbacks other instances received, in a shared store.</summary>
    /// <param name="store">Where callbacks received by any instance are kept; asked when a wait starts on a run this process has not seen complete.</param>
    /// <param name="timeProvider">The clock used for retention; defaults to the system clock.</param>
    /// <param name="retention">How long an unclaimed callback is remembered in this process.</param>
    public OctaveRunCompletionRegistry(IOctaveCallbackStore store, TimeProvider? timeProvider = null, TimeSpan? retention = null)
        : this(timeProvider, retention)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    /// <summary>How long a callback is remembered after it arrived.</summary>
    public TimeSpan Retention { get; }

    /// <summary>Runs with a slot: waited on, or completed and still remembered.</summary>
    public int Count => _slots.Count;

    /// <summary>Records a callback and completes every wait on its run.</summary>
    /// <param name="callback">The callback.</param>
    /// <returns>True when this callback completed the run's slot; false when it had already been completed.</returns>
    public bool Complete(OctaveCallback callback)
    {
        if (callback is null)
        {
            throw new ArgumentNullException(nameof(callback));
        }

        SweepExpired();
        var slot = _slots.GetOrAdd(callback.RunId, _ => new Slot());
        var completed = slot.Completion.TrySetResult(callback);
        if (completed)
        {
            slot.CompletedAtTicks = _timeProvider.GetUtcNow().UtcTicks;
        }

        return completed;
    }

    /// <summary>Says whether a wait on the run is in progress in this process (used to measure callback-to-waiter latency).</summary>
    /// <param name="runId">The run id.</param>
    /// <returns>True when at least one wait on the run has not ended yet.</returns>
    public bool IsAwaited(string runId) =>
        runId is not null && _slots.TryGetValue(runId, out var slot) && Volatile.Read(ref slot.Waiters) > 0 && !slot.Completion.Task.IsCompleted;

    /// <summary>Returns the callback of a run if one arrived and is still remembered.</summary>
    /// <param name="runId">The run id.</param>
    /// <param name="callback">The callback, when known.</param>
    /// <returns>True when a callback is known.</returns>
    public bool TryGetCompleted(string runId, out OctaveCallback? callback)
    {
        callback = null;
        if (runId is not null && _slots.TryGetValue(runId, out var slot) && slot.Completion.Task.Status == TaskStatus.RanToCompletion)
        {
            callback = slot.Completion.Task.Result;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Returns the callback of a run if this process has seen it or, for a registry built with an
    /// <see cref="IOctaveCallbackStore"/>, if the store holds it (it then also completes this process's waiters).
    /// A store that fails is treated as holding nothing, so the caller falls back to polling.
    /// </summary>
    /// <param name="runId">The run id.</param>
    /// <param name="cancellationToken">Cancels the store lookup.</param>
    /// <returns>The callback, or null when none is known.</returns>
    public async ValueTask<OctaveCallback?> FindCompletedAsync(string runId, CancellationToken cancellationToken = default)
    {
        if (TryGetCompleted(runId, out var local) || _store is null || string.IsNullOrEmpty(runId))
        {
            return local;
        }

        OctaveCallback? stored;
        try
        {
            stored = await _store.FindAsync(runId, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any store failure means "not known here"; the wait's polling covers it.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            // An unreachable store must not fail the wait: it polls instead, as it would without a store.
            return null;
        }

        if (stored is not null)
        {
            Complete(stored);
        }

        return stored;
    }

    /// <summary>Waits for the callback of a run.</summary>
    /// <param name="runId">The run id.</param>
    /// <param name="cancellationToken">Ends the wait; the run's slot is released when no one else waits.</param>
    /// <returns>The callback.</returns>
    public async Task<OctaveCallback> WaitAsync(string runId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(runId))
        {
            throw new ArgumentException("runId is required.", nameof(runId));
        }

        var slot = _slots.GetOrAdd(runId, _ => new Slot());
        if (slot.Completion.Task.IsCompleted)
        {
            return await slot.Completion.Task.ConfigureAwait(false);
        }

        Interlocked.Increment(ref slot.Waiters);
        try
        {
#if NET6_0_OR_GREATER
            // One cancellable view of the slot's task: lighter than a second completion source raced against it,
            // which matters when 100,000 waits are in flight. Cancelling throws an OperationCanceledException.
            return await slot.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
#else
            var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
            {
                var first = await Task.WhenAny(slot.Completion.Task, cancelled.Task).ConfigureAwait(false);
                if (first != slot.Completion.Task)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
            }

            return await slot.Completion.Task.ConfigureAwait(false);
#endif
        }
        finally
        {
            // The last waiter of a run nobody completed leaves no slot behind.
            if (Interlocked.Decrement(ref slot.Waiters) == 0 && !slot.Completion.Task.IsCompleted)
            {
#if NET5_0_OR_GREATER
                _slots.TryRemove(new System.Collections.Generic.KeyValuePair<string, Slot>(runId, slot));
#else
                ((System.Collections.Generic.ICollection<System.Collections.Generic.KeyValuePair<string, Slot>>)_slots)
                    .Remove(new System.Collections.Generic.KeyValuePair<string, Slot>(runId, slot));
#endif
            }
        }
    }

    private void SweepExpired()
    {
        // Sweeping at most once per tenth of the retention keeps Complete cheap under a burst of callbacks.
        var now = _timeProvider.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now - last < Retention.Ticks / 10 || Interlocked.CompareExchange(ref _lastSweepTicks, now, last) != last)
        {
            return;
        }

        foreach (var pair in _slots)
        {
            var completedAt = pair.Value.CompletedAtTicks;
            if (completedAt != 0 && now - completedAt >= Retention.Ticks)
            {
                _slots.TryRemove(pair.Key, out _);
            }
        }
    }

    private sealed class Slot
    {
        public readonly TaskCompletionSource<OctaveCallback> Completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Waiters;
        public long CompletedAtTicks;
    }
}
