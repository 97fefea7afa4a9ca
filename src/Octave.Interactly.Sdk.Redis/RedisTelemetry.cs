using System.Diagnostics.Metrics;
using System.Threading;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// The Redis scale-out's instruments, on the SDK's meter (<see cref="SdkTelemetry.Meter"/>, <c>Octave.Interactly.Sdk</c>).
/// The gauges show what this instance last measured; every instance reports the same shared stream.
/// </summary>
internal static class RedisTelemetry
{
    private static long s_inboxLength;
    private static long s_pending;

    public static readonly Counter<long> InboxAppended =
        SdkTelemetry.Meter.CreateCounter<long>("workflow.callbacks.inbox.appended", "{callback}", "Callbacks appended to the Redis inbox.");

    public static readonly Counter<long> Handled =
        SdkTelemetry.Meter.CreateCounter<long>("workflow.callbacks.inbox.handled", "{entry}", "Inbox entries whose handlers all succeeded.");

    public static readonly Counter<long> Failed =
        SdkTelemetry.Meter.CreateCounter<long>("workflow.callbacks.inbox.failed", "{entry}", "Inbox deliveries with a failing handler.");

    public static readonly Counter<long> Claimed =
        SdkTelemetry.Meter.CreateCounter<long>("workflow.callbacks.inbox.claimed", "{entry}", "Inbox entries taken over after they stayed unacknowledged too long.");

    public static readonly Counter<long> DeadLettered =
        SdkTelemetry.Meter.CreateCounter<long>("workflow.callbacks.dead_lettered", "{entry}", "Inbox entries moved to the dead-letter stream.");

    public static readonly Histogram<double> CompletionLatency =
        SdkTelemetry.Meter.CreateHistogram<double>("workflow.callbacks.completion.latency", "s", "Time from a callback's receipt on any instance to the completion of a wait on this one.");

    public static readonly ObservableGauge<long> InboxLength =
        SdkTelemetry.Meter.CreateObservableGauge("workflow.callbacks.inbox.length", () => Interlocked.Read(ref s_inboxLength), "{entry}", "Entries in the Redis inbox stream.");

    public static readonly ObservableGauge<long> Pending =
        SdkTelemetry.Meter.CreateObservableGauge("workflow.callbacks.inbox.pending", () => Interlocked.Read(ref s_pending), "{entry}", "Inbox entries delivered to a handler and not yet acknowledged.");

    public static void Observe(long inboxLength, long pending)
    {
        Interlocked.Exchange(ref s_inboxLength, inboxLength);
        Interlocked.Exchange(ref s_pending, pending);
    }
}
