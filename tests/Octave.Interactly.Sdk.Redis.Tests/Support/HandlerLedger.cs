using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Redis.Tests.Support;

/// <summary>
/// Counts, across every host of a test, each callback handler run that finished successfully, and lets a test make a
/// host's handler block or fail.
/// </summary>
public sealed class HandlerLedger
{
    private readonly ConcurrentQueue<(string Host, OctaveCallback Callback)> _completed = new();
    private readonly ConcurrentDictionary<string, int> _attemptsByKey = new(StringComparer.Ordinal);
    private int _completedCount;

    /// <summary>Runs before the handler counts the callback: throw to fail, await to block.</summary>
    public Func<string, OctaveCallback, CancellationToken, Task>? Behaviour { get; set; }

    public IReadOnlyList<(string Host, OctaveCallback Callback)> Completed => _completed.ToArray();

    public int CompletedCount => Volatile.Read(ref _completedCount);

    public int AttemptsOf(string deduplicationKey) => _attemptsByKey.TryGetValue(deduplicationKey, out var attempts) ? attempts : 0;

    public IReadOnlyDictionary<string, int> CompletionsByKey =>
        _completed.GroupBy(entry => entry.Callback.DeduplicationKey).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    public async Task HandleAsync(string host, OctaveCallback callback, CancellationToken cancellationToken)
    {
        _attemptsByKey.AddOrUpdate(callback.DeduplicationKey, 1, (_, attempts) => attempts + 1);
        if (Behaviour is { } behaviour)
        {
            await behaviour(host, callback, cancellationToken);
        }

        _completed.Enqueue((host, callback));
        Interlocked.Increment(ref _completedCount);
    }

    /// <summary>Waits, in short bounded steps, until <paramref name="condition"/> holds.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what, int maxSteps = 3000)
    {
        for (var step = 0; step < maxSteps; step++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("Timed out waiting until " + what + ".");
    }
}

/// <summary>One host's handler, reporting to the shared ledger under the host's name.</summary>
public sealed class LedgerHandler : IOctaveCallbackHandler
{
    private readonly string _host;
    private readonly HandlerLedger _ledger;

    public LedgerHandler(string host, HandlerLedger ledger)
    {
        _host = host;
        _ledger = ledger;
    }

    public Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken = default) => _ledger.HandleAsync(_host, callback, cancellationToken);
}
