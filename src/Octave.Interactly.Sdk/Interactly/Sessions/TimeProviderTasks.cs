using System;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Conversations;

/// <summary>
/// Delays and timeouts driven by a <see cref="TimeProvider"/>, so tests can run them in milliseconds.
/// net8+ has these in the BCL; netstandard2.0 gets them from Microsoft.Bcl.TimeProvider.
/// </summary>
internal static class TimeProviderTasks
{
    public static Task Delay(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
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
