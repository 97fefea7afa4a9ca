using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// Wakes this instance's idle inbox consumers when a callback is announced, so that a new entry is handled at once
/// rather than at the next idle poll. Announcements coalesce: one pending wake-up is enough.
/// </summary>
internal sealed class InboxSignal
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Set() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Waits for an announcement or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.ReadAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The idle poll interval passed without an announcement.
        }
    }
}
