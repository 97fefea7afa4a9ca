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
/// Scenario "callbacks": the polling scenario's runs, each asking for a callback to a receiver in this process.
/// Runs should end when their callback arrives, with status polls only on the slow fallback schedule.
/// </summary>
internal static class CallbackScenario
{
    public const string Name = "callbacks";

    /// <summary>The fallback poll pace: far above the run time, so any poll at all means a callback was slow or lost.</summary>
    public static readonly TimeSpan FallbackInterval = TimeSpan.FromSeconds(5);

    private const string StatusPath = "/api/v2/workflows/run/status";

    public static async Task<JsonObject> RunAsync(ScenarioSettings settings)
    {
        using var emulator = await EmulatorProcess.StartAsync(pendingMilliseconds: 0, settings.RunMilliseconds);
        var receiver = await CallbackReceiver.StartAsync();
        var registry = receiver.Completions;
        await using (receiver)
        {
            await RunManyAsync(emulator, receiver, registry, settings, 50, new ConcurrentDictionary<string, int>());
            var receivedBefore = receiver.Received;
            var duplicatesBefore = receiver.Duplicates;

            var (http, counter) = LoadHttp.Create(settings.MaxConnections);
            using (http)
            {
                var client = LoadClients.CreateOctaveClient(http, emulator, settings, registry, receiver.CallbackUrl.AbsoluteUri, FallbackInterval);
                var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
                var emulatorCpuAtStart = emulator.TotalProcessorTime;
                using var monitor = new ResourceMonitor();
                var wall = Stopwatch.StartNew();
                var outcomes = await Task.WhenAll(Enumerable.Range(0, settings.Runs).Select(i => AwaitOneAsync(client, receiver, i, failures)));
                wall.Stop();
                var resources = monitor.Stop();

                var completed = outcomes.Count(o => o.Completed);
                var statusRequests = counter.Count("GET", StatusPath);

                // Polls the fallback schedule allows: one per shortest fallback delay (the interval less its jitter) waited.
                var shortestDelay = FallbackInterval.TotalMilliseconds * (1 - settings.PollJitter);
                var allowed = outcomes.Sum(o => (long)Math.Floor(o.WaitMilliseconds / shortestDelay));
                return new JsonObject
                {
                    ["scenario"] = Name,
                    ["awaitedWith"] = "OctaveClient.RunWorkflowAsync with OctaveClientOptions.CallbackUrl and CallbackFallbackInterval = 5 s",
                    ["settings"] = settings.ToJson(),
                    ["fallbackIntervalMs"] = FallbackInterval.TotalMilliseconds,
                    ["wallTimeMs"] = Math.Round(wall.Elapsed.TotalMilliseconds, 1),
                    ["runsCompleted"] = completed,
                    ["runsFailed"] = settings.Runs - completed,
                    ["runsCompletedByCallback"] = outcomes.Count(o => o.ByCallback),
                    ["failures"] = ScenarioJson.Failures(failures),
                    ["requests"] = ScenarioJson.Requests(counter),
                    ["callbacksReceived"] = receiver.Received - receivedBefore,
                    ["callbackDuplicates"] = receiver.Duplicates - duplicatesBefore,
                    ["statusRequests"] = statusRequests,
                    ["fallbackPollsAllowed"] = allowed,
                    ["waitMs"] = LatencyStats.Describe(outcomes.Where(o => o.Completed).Select(o => o.WaitMilliseconds).ToArray()),
                    ["resumeAfterRunEndMs"] = LatencyStats.Describe(outcomes.Where(o => o.ByCallback).Select(o => o.ResumeMilliseconds).ToArray()),
                    ["cpuTimePerRunMs"] = Math.Round(resources["cpuTimeMs"]!.GetValue<double>() / settings.Runs, 4),
                    ["emulatorCpuTimeMs"] = Math.Round((emulator.TotalProcessorTime - emulatorCpuAtStart).TotalMilliseconds, 1),
                    ["process"] = resources,
                };
            }
        }
    }

    /// <summary>Warm-up: JIT, Kestrel and connections, on a client of its own.</summary>
    private static async Task RunManyAsync(
        EmulatorProcess emulator, CallbackReceiver receiver, OctaveRunCompletionRegistry registry, ScenarioSettings settings, int runs, ConcurrentDictionary<string, int> failures)
    {
        var (http, _) = LoadHttp.Create(settings.MaxConnections);
        using (http)
        {
            var client = LoadClients.CreateOctaveClient(http, emulator, settings, registry, receiver.CallbackUrl.AbsoluteUri, FallbackInterval);
            await Task.WhenAll(Enumerable.Range(0, runs).Select(i => AwaitOneAsync(client, receiver, i, failures)));
        }
    }

    private static async Task<Outcome> AwaitOneAsync(OctaveClient client, CallbackReceiver receiver, int index, ConcurrentDictionary<string, int> failures)
    {
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await client.RunWorkflowAsync(LoadClients.NewRequest(index));
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
    }

    private readonly record struct Outcome(bool Completed, bool ByCallback, double WaitMilliseconds, double ResumeMilliseconds);
}
