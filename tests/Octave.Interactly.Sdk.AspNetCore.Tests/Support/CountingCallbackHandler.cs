using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.AspNetCore.Tests.Support;

/// <summary>Records every callback it is handed, and lets a test wait until a number of them arrived.</summary>
public sealed class CountingCallbackHandler : IOctaveCallbackHandler
{
    private readonly ConcurrentQueue<OctaveCallback> _handled = new();
    private readonly object _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waits = new();

    public IReadOnlyList<OctaveCallback> Handled => _handled.ToArray();

    /// <summary>How many times each de-duplication key was handled.</summary>
    public IReadOnlyDictionary<string, int> CountsByKey =>
        _handled.GroupBy(c => c.DeduplicationKey).ToDictionary(g => g.Key, g => g.Count());

    public Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken = default)
    {
        _handled.Enqueue(callback);
        lock (_gate)
        {
            foreach (var wait in _waits.Where(w => _handled.Count >= w.Count).ToList())
            {
                wait.Reached.TrySetResult();
                _waits.Remove(wait);
            }
        }

        return Task.CompletedTask;
    }

    public Task WaitForCountAsync(int count, TimeSpan? timeout = null)
    {
        lock (_gate)
        {
            if (_handled.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((count, reached));
            return reached.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
    }
}
