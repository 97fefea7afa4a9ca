using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.AspNetCore.Tests.Support;

namespace Octave.Interactly.Sdk.AspNetCore.Tests;

/// <summary>At-least-once delivery at volume: every run reaches the handler exactly once, however often it is sent.</summary>
public sealed class DuplicateStormTests
{
    private const int DistinctRuns = 700;
    private const int Deliveries = 1000;

    [Test]
    public async Task A_thousand_shuffled_concurrent_deliveries_with_30_percent_repeats_reach_the_handler_once_per_run()
    {
        var random = new Random(20261122);
        var runs = Enumerable.Range(0, DistinctRuns).Select(i => Callback(i)).ToList();
        var deliveries = runs.Concat(Enumerable.Range(0, Deliveries - DistinctRuns).Select(_ => runs[random.Next(runs.Count)])).ToArray();
        random.Shuffle(deliveries);

        using var meters = new CallbackCounters();
        var receiver = await ReceiverApp.StartAsync(options => options.HandlerConcurrency = 8, minimumLogLevel: Microsoft.Extensions.Logging.LogLevel.Warning);
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan elapsed;
        try
        {
            await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (delivery, ct) =>
            {
                using var response = await receiver.PostAsync(delivery.Json);
                statuses.Add(response.StatusCode);
            });
            await receiver.Handler.WaitForCountAsync(DistinctRuns);
            elapsed = stopwatch.Elapsed;
        }
        finally
        {
            // Stopping drains the dispatcher's queue, so any extra handler call would be counted before the assertions.
            await receiver.DisposeAsync();
        }

        Assert.That(statuses, Has.Count.EqualTo(Deliveries).And.All.EqualTo(HttpStatusCode.OK), "repeats are answered 200 too");
        var expected = runs.Select(r => r.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var handled = receiver.Handler.Handled.Select(c => c.DeduplicationKey).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.That(handled, Is.EqualTo(expected), "the handled multiset is each run exactly once");
        Assert.That(meters.Received, Is.EqualTo(Deliveries));
        Assert.That(meters.Duplicates, Is.EqualTo(Deliveries - DistinctRuns));
        TestContext.Out.WriteLine($"{Deliveries} deliveries, {DistinctRuns} handled, in {elapsed.TotalMilliseconds:F0} ms");
    }

    private static (string Key, string Json) Callback(int index)
    {
        // A mix of workflow and agent runs, successes and failures, under every id name the parser accepts.
        var idName = (index % 4) switch { 0 => "jobOId", 1 => "workflowRunOId", 2 => "requestId", _ => "agentRunOId" };
        var status = index % 5 == 0 ? "failed" : "succeeded";
        var runId = $"run_{index:D4}";
        return (runId + "|" + status, $$$"""{"{{{idName}}}":"{{{runId}}}","status":"{{{status}}}","output":{"index":{{{index}}}}}""");
    }

    private sealed class CallbackCounters : IDisposable
    {
        private const string ReceivedName = "workflow.callbacks.received";
        private const string DuplicatesName = "workflow.callbacks.duplicates";

        private readonly MeterListener _listener = new();
        private long _received;
        private long _duplicates;

        public CallbackCounters()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                // Matched by name: the instruments may be published while SdkTelemetry's static fields are still being assigned.
                if (instrument.Meter.Name == SdkInfo.Name && instrument.Name is ReceivedName or DuplicatesName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, state) =>
            {
                if (instrument.Name == ReceivedName)
                {
                    Interlocked.Add(ref _received, value);
                }
                else
                {
                    Interlocked.Add(ref _duplicates, value);
                }
            });
            _listener.Start();
        }

        public long Received => Interlocked.Read(ref _received);

        public long Duplicates => Interlocked.Read(ref _duplicates);

        public void Dispose() => _listener.Dispose();
    }
}
