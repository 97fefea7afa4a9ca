using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Events;

namespace Octave.Interactly.Sdk;

/// <content>A live feed of the session's events, for UIs.</content>
public sealed partial class InteractlySession
{
    /// <summary>
    /// Yields every event of every turn of this session object, in order: first those already received, then each
    /// turn's (and each pump's) events as they arrive. Ends when the session ends or is disposed. Several watchers
    /// may run at once; each sees every event.
    /// </summary>
    /// <param name="cancellationToken">Stops watching.</param>
    /// <returns>The events.</returns>
    public async IAsyncEnumerable<InteractlyEvent> WatchEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var next = 0;
        while (true)
        {
            InteractlyEvent[] batch;
            Task changed;
            bool finished;
            lock (_sync)
            {
                batch = new InteractlyEvent[_events.Count - next];
                _events.CopyTo(next, batch, 0, batch.Length);
                next = _events.Count;
                changed = _changed.Task;
                finished = HasEndedLocked() || Volatile.Read(ref _disposed) == 1;
            }

            foreach (var item in batch)
            {
                yield return item;
            }

            if (finished)
            {
                yield break;
            }

            await WaitAsync(changed, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WaitAsync(Task signal, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            await signal.ConfigureAwait(false);
            return;
        }

        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
        {
            await Task.WhenAny(signal, cancelled.Task).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
