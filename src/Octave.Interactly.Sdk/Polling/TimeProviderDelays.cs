using System;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Polling;

/// <summary>Delays and deadlines on an injected <see cref="TimeProvider"/>, on every target framework.</summary>
internal static class TimeProviderDelays
{
    public static Task DelayAsync(TimeProvider timeProvider, TimeSpan delay, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        return Task.Delay(delay, timeProvider, cancellationToken);
#else
        return timeProvider.Delay(delay, cancellationToken);
#endif
    }

    /// <summary>A source that cancels itself after <paramref name="delay"/> on the given clock.</summary>
    public static CancellationTokenSource CancelAfter(TimeProvider timeProvider, TimeSpan delay)
    {
#if NET8_0_OR_GREATER
        return new CancellationTokenSource(delay, timeProvider);
#else
        return timeProvider.CreateCancellationTokenSource(delay);
#endif
    }
}
