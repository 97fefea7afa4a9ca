using System;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Threading;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// Listens to the runtime's thread-pool events and counts the hill-climbing adjustments whose reason is
/// starvation: the runtime adding threads because queued work was not being picked up.
/// </summary>
internal sealed class StarvationListener : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const int WorkerThreadAdjustmentEventId = 55;
    private const int StarvationReason = 6;
    private const long ThreadingKeyword = 0x10000;

    private int _starvationAdjustments;
    private int _adjustments;

    public int StarvationAdjustments => Volatile.Read(ref _starvationAdjustments);

    public int Adjustments => Volatile.Read(ref _adjustments);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)ThreadingKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != WorkerThreadAdjustmentEventId || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        Interlocked.Increment(ref _adjustments);
        var index = names.IndexOf("Reason");
        if (index >= 0 && Convert.ToInt32(payload[index], CultureInfo.InvariantCulture) == StarvationReason)
        {
            Interlocked.Increment(ref _starvationAdjustments);
        }
    }
}
