using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Redis.Tests.Support;

namespace Octave.Interactly.Sdk.Redis.Tests;

/// <summary>The scale-out's instruments on the SDK's meter, and one span per handled inbox entry.</summary>
public sealed class TelemetryTests
{
    [Test]
    public async Task Inbox_claims_dead_letters_and_latency_are_measured_and_each_handled_entry_gets_a_span()
    {
        const int runs = 5;
        await using var redis = await RedisServer.SharedOrStartAsync();
        var measurements = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SdkTelemetry.Meter.Name && instrument.Name.StartsWith("workflow.callbacks.", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        meters.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument, value));
        meters.Start();
        var spans = new ConcurrentQueue<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SdkTelemetry.ActivitySource.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.OperationName == "octave.callback.handle")
                {
                    spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(activities);

        await using var cluster = await Cluster.StartAsync(redis, new[] { "A", "B" }, configureRedis: options =>
        {
            options.MaxDeliveryAttempts = 2;
            // Retries come after this; shorter ones let a host stalled by a loaded machine lose entries it still handles.
            options.ClaimIdleTimeout = TimeSpan.FromSeconds(1);
        });
        using var inspect = redis.Connect();
        string? poisonKey = null;
        cluster.Ledger.Behaviour = (_, callback, _) =>
            (Interlocked.CompareExchange(ref poisonKey, callback.DeduplicationKey, null) ?? callback.DeduplicationKey) == callback.DeduplicationKey
                ? throw new InvalidOperationException("poison")
                : Task.CompletedTask;

        var results = await Task.WhenAll(Enumerable.Range(0, runs).Select(_ => cluster["A"].Octave.RunWorkflowAsync(Cluster.Workflow)));
        await HandlerLedger.EventuallyAsync(
            () => inspect.GetDatabase().StreamLength(cluster.DeadLettersKey) == 1 && cluster.Ledger.CompletedCount == runs - 1
                && measurements.ContainsKey("workflow.callbacks.dead_lettered") && measurements.ContainsKey("workflow.callbacks.inbox.handled"),
            "the others were handled and the poison entry dead-lettered");
        meters.RecordObservableInstruments();

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.CompletedBy), Has.All.EqualTo(RunCompletedBy.Callback));
            Assert.That(measurements.GetValueOrDefault("workflow.callbacks.inbox.appended"), Is.GreaterThanOrEqualTo(runs));
            Assert.That(measurements.GetValueOrDefault("workflow.callbacks.inbox.handled"), Is.GreaterThanOrEqualTo(runs - 1));
            Assert.That(measurements.GetValueOrDefault("workflow.callbacks.inbox.failed"), Is.GreaterThanOrEqualTo(2));
            Assert.That(measurements.GetValueOrDefault("workflow.callbacks.inbox.claimed"), Is.GreaterThanOrEqualTo(1), "the failed entry was claimed for its second delivery");
            Assert.That(measurements.GetValueOrDefault("workflow.callbacks.dead_lettered"), Is.GreaterThanOrEqualTo(1));
            Assert.That(counts.GetValueOrDefault("workflow.callbacks.completion.latency"), Is.GreaterThanOrEqualTo(runs), "one latency per completed wait");
            Assert.That(counts.GetValueOrDefault("workflow.callbacks.inbox.length"), Is.GreaterThanOrEqualTo(1));
            Assert.That(counts.GetValueOrDefault("workflow.callbacks.inbox.pending"), Is.GreaterThanOrEqualTo(1));
            var handledRuns = cluster.Ledger.Completed.Select(c => c.Callback.RunId).ToArray();
            Assert.That(spans.Select(span => span.GetTagItem("octave.run_id") as string), Is.SupersetOf(handledRuns), "one span per handled entry");
            Assert.That(spans.Count(span => span.Status == ActivityStatusCode.Error), Is.GreaterThanOrEqualTo(2), "the failing deliveries' spans are marked as errors");
        });

        void Record(Instrument instrument, double value)
        {
            measurements.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            counts.AddOrUpdate(instrument.Name, 1, (_, count) => count + 1);
        }
    }
}
