using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Benchmarks.Emulator;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// Scenario "callbacks": many <c>OctaveClient.RunWorkflowAsync</c> waits in flight at once, each ended by its
/// callback to the SDK's receiver in this process. Every run lasts long enough that all waits are in flight
/// together before the first run ends, and the fallback poll interval is longer than the whole scenario, so a
/// single status poll means a lost or slow callback. Reports the memory a wait holds at that peak.
/// </summary>
internal static class CallbackScenario
{
    public const string Name = "callbacks";

    /// <summary>The full scale: 100,000 waits in flight at once.</summary>
    public const int DefaultWaits = 100_000;

    /// <summary>Longer than any run of the scenario: a poll only happens if a callback never came.</summary>
    public static readonly TimeSpan FallbackInterval = TimeSpan.FromHours(1);

    private const string StatusPath = "/api/v2/workflows/run/status";
    private const int WarmUpRuns = 200;

    /// <summary>
    /// The default hold: each run lasts long enough for every start to be answered first. Behind the start gate,
    /// starts were answered at about 5,000 per second on two shared cores at a load average of 5 to 10; 1 ms per
    /// wait leaves room for a machine five times slower, and the result says if any run ended before the last start.
    /// </summary>
    public static int DefaultHoldMilliseconds(int waits) => 10_000 + waits;

    public static async Task<JsonObject> RunAsync(ScenarioSettings settings)
    {
        var waits = settings.Runs;
        var hold = settings.HoldMilliseconds ?? DefaultHoldMilliseconds(waits);
        using var holdWorkflow = HoldWorkflow.Write(hold);
        using var emulator = await EmulatorProcess.StartAsync(pendingMilliseconds: 0, settings.RunMilliseconds, holdWorkflow.ScenarioFile);
        var receiver = await CallbackReceiver.StartAsync();
        await using (receiver)
        {
            await WarmUpAsync(emulator, receiver, settings);
            var receivedBefore = receiver.Received;
            var duplicatesBefore = receiver.Duplicates;

            var (http, counter, gate) = LoadHttp.CreateGated(settings.MaxConnections);
            using (http)
            {
                var client = LoadClients.CreateOctaveClient(http, emulator, settings, receiver.Completions, receiver.CallbackUrl.AbsoluteUri, FallbackInterval);
                var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
                var ended = new Tally();
                var baseline = MemoryPoint.Take();
                var emulatorCpuAtStart = emulator.TotalProcessorTime;
                using var monitor = new ResourceMonitor(() => Math.Max(0, gate.Answered - Interlocked.Read(ref ended.Value)));
                var wall = Stopwatch.StartNew();

                // One permit per unanswered start: the launcher runs ahead of the answers by the connection count only.
                var tasks = new Task<Outcome>[waits];
                for (var i = 0; i < waits; i++)
                {
                    await gate.EnterAsync();
                    tasks[i] = AwaitOneAsync(client, i, failures, ended);
                }

                while (!gate.Idle)
                {
                    await Task.Delay(10);
                }

                var startPhaseMs = wall.Elapsed.TotalMilliseconds;
                var endedBeforePeak = Interlocked.Read(ref ended.Value);
                var answered = gate.Answered;
                var peak = MemoryPoint.Take();
                var inFlightAtMeasure = Math.Max(0, answered - endedBeforePeak);

                var all = Task.WhenAll(tasks);
                var watchdog = TimeSpan.FromMilliseconds(hold) + TimeSpan.FromMinutes(5);
                var finished = await Task.WhenAny(all, Task.Delay(watchdog)) == all;
                wall.Stop();
                var resources = monitor.Stop();
                var (maxInFlight, workingSetAtMaxInFlight) = monitor.MaxInFlight;
                var peakWorkingSet = monitor.MaxWorkingSetSampled;

                // What stays once every wait has ended: the callbacks the registry and the deduplicator remember.
                var afterAll = MemoryPoint.Take();
                var outcomes = tasks.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).ToArray();
                var completed = outcomes.Count(o => o.Completed);
                if (!finished)
                {
                    failures["still waiting at the watchdog"] = waits - outcomes.Length;
                }

                var shortestDelay = FallbackInterval.TotalMilliseconds * (1 - settings.PollJitter);
                var allowed = outcomes.Sum(o => (long)Math.Floor(o.WaitMilliseconds / shortestDelay));
                return new JsonObject
                {
                    ["scenario"] = Name,
                    ["awaitedWith"] = "OctaveClient.RunWorkflowAsync with OctaveClientOptions.CallbackUrl and CallbackFallbackInterval = 1 h",
                    ["settings"] = settings.ToJson(),
                    ["waits"] = waits,
                    ["holdMs"] = hold,
                    ["fallbackIntervalMs"] = FallbackInterval.TotalMilliseconds,
                    ["wallTimeMs"] = Math.Round(wall.Elapsed.TotalMilliseconds, 1),
                    ["startPhaseMs"] = Math.Round(startPhaseMs, 1),
                    ["startsAnsweredPerSecond"] = Math.Round(answered / (startPhaseMs / 1000), 0),
                    ["runsCompleted"] = completed,
                    ["runsFailed"] = waits - completed,
                    ["runsCompletedByCallback"] = outcomes.Count(o => o.ByCallback),
                    ["failures"] = ScenarioJson.Failures(failures),
                    ["requests"] = ScenarioJson.Requests(counter),
                    ["callbacksReceived"] = receiver.Received - receivedBefore,
                    ["callbackDuplicates"] = receiver.Duplicates - duplicatesBefore,
                    ["statusRequests"] = counter.Count("GET", StatusPath),
                    ["fallbackPollsAllowed"] = allowed,
                    ["memory"] = new JsonObject
                    {
                        ["note"] = "Baseline: after warm-up, before the first wait, after a full GC. While all in flight: the largest working set sampled (every 20 ms) while the most waits were in flight. Process peak: the largest sampled at any time; it comes after the waits begin to end, as received callbacks are remembered. Managed: GC.GetTotalMemory(true) at the baseline, once every start was answered, and after every wait ended.",
                        ["waitsInFlightAtPeak"] = maxInFlight,
                        ["waitsInFlightAtManagedMeasure"] = inFlightAtMeasure,
                        ["runsEndedBeforeAllStarted"] = endedBeforePeak,
                        ["baselineWorkingSetMB"] = MemoryPoint.Megabytes(baseline.WorkingSet),
                        ["workingSetWhileAllInFlightMB"] = MemoryPoint.Megabytes(workingSetAtMaxInFlight),
                        ["bytesPerInFlightWait"] = PerWait(workingSetAtMaxInFlight - baseline.WorkingSet, maxInFlight),
                        ["processPeakWorkingSetMB"] = MemoryPoint.Megabytes(peakWorkingSet),
                        ["bytesPerWaitAtProcessPeak"] = PerWait(peakWorkingSet - baseline.WorkingSet, maxInFlight),
                        ["baselineManagedMB"] = MemoryPoint.Megabytes(baseline.Managed),
                        ["managedAtPeakMB"] = MemoryPoint.Megabytes(peak.Managed),
                        ["managedBytesPerWait"] = PerWait(peak.Managed - baseline.Managed, inFlightAtMeasure),
                        ["managedAfterAllEndedMB"] = MemoryPoint.Megabytes(afterAll.Managed),
                        ["managedBytesPerEndedWait"] = PerWait(afterAll.Managed - baseline.Managed, waits),
                        ["gcAtPeak"] = peak.Gc,
                    },
                    ["waitMs"] = LatencyStats.Describe(outcomes.Where(o => o.Completed).Select(o => o.WaitMilliseconds).ToArray()),
                    ["resumeAfterRunEndMs"] = LatencyStats.Describe(outcomes.Where(o => o.ByCallback).Select(o => o.ResumeMilliseconds).ToArray()),
                    ["cpuTimePerRunMs"] = Math.Round(resources["cpuTimeMs"]!.GetValue<double>() / waits, 4),
                    ["emulatorCpuTimeMs"] = Math.Round((emulator.TotalProcessorTime - emulatorCpuAtStart).TotalMilliseconds, 1),
                    ["process"] = resources,
                };
            }
        }
    }

    private static double? PerWait(long bytes, long waits) => waits > 0 ? Math.Round((double)bytes / waits, 0) : null;

    /// <summary>Warm-up: JIT, Kestrel and connections, on a client of its own, with the quick built-in workflow.</summary>
    private static async Task WarmUpAsync(EmulatorProcess emulator, CallbackReceiver receiver, ScenarioSettings settings)
    {
        var (http, _) = LoadHttp.Create(settings.MaxConnections);
        using (http)
        {
            var client = LoadClients.CreateOctaveClient(http, emulator, settings, receiver.Completions, receiver.CallbackUrl.AbsoluteUri, FallbackInterval);
            await Task.WhenAll(Enumerable.Range(0, WarmUpRuns).Select(i => client.RunWorkflowAsync(LoadClients.NewRequest(i))));
        }
    }

    private static async Task<Outcome> AwaitOneAsync(OctaveClient client, int index, ConcurrentDictionary<string, int> failures, Tally ended)
    {
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await client.RunWorkflowAsync(LoadClients.NewRequest(index, HoldWorkflow.WorkflowOId));
            var resumed = Stopwatch.GetTimestamp();
            var resumedAt = DateTimeOffset.UtcNow;
            if (!result.Succeeded)
            {
                failures.AddOrUpdate("state " + result.State, 1, (_, count) => count + 1);
            }

            var byCallback = result.CompletedBy == RunCompletedBy.Callback;

            // From the run's end as the emulator stamped it in the callback (same machine, same clock) to the wait's
            // end: the emulator's delivery, the receiver's queue and the registry's hand-off together.
            var resume = byCallback && result.Callback?.CompletedAt is { } endedAt ? (resumedAt - endedAt).TotalMilliseconds : 0;
            return new Outcome(result.Succeeded, byCallback, Stopwatch.GetElapsedTime(started, resumed).TotalMilliseconds, resume);
        }
        catch (Exception exception) when (exception is WorkflowApiException or System.Net.Http.HttpRequestException or OperationCanceledException or WorkflowOutcomeUnknownException or OctaveRunTimeoutException)
        {
            ScenarioJson.CountFailure(failures, exception);
            return new Outcome(false, false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, 0);
        }
        finally
        {
            Interlocked.Increment(ref ended.Value);
        }
    }

    private readonly record struct Outcome(bool Completed, bool ByCallback, double WaitMilliseconds, double ResumeMilliseconds);

    private sealed class Tally
    {
        public long Value;
    }
}
