using System;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Timing;

/// <summary>
/// Delays and timeouts driven by a <see cref="TimeProvider"/>, so tests can run them in milliseconds. Shared by
/// the Octave run waits and the Interactly sessions.
/// net8+ has these in the BCL; net462 gets them from Microsoft.Bcl.TimeProvider.
/// </summary>
internal static class TimeProviderTasks
{
    public static Task Delay(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;
        }
#if NET8_0_OR_GREATER
        return Task.Delay(delay, timeProvider, cancellationToken);
#else
        return timeProvider.Delay(delay, cancellationToken);
#endif
    }

    public static CancellationTokenSource CancelAfter(TimeProvider timeProvider, TimeSpan delay)
    {
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(delay, timeProvider);
#else
        return timeProvider.CreateCancellationTokenSource(delay);
#endif
    }
}
