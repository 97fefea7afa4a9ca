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
/// Scenario "polling": many workflow runs started and awaited at once by status polling alone. Reports wall time,
/// status requests per run against the schedule's minimum, and what the process spent doing it.
/// </summary>
internal static class PollingScenario
{
    public const string Name = "polling";

    private const string StatusPath = "/api/v2/workflows/run/status";

    public static async Task<JsonObject> RunAsync(ScenarioSettings settings)
    {
        using var emulator = await EmulatorProcess.StartAsync(pendingMilliseconds: 0, settings.RunMilliseconds);
        await WarmUpAsync(emulator, settings);

        var (http, counter) = LoadHttp.Create(settings.MaxConnections);
        using (http)
        {
            var client = LoadClients.CreateOctaveClient(http, emulator, settings);
            var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            var emulatorCpuAtStart = emulator.TotalProcessorTime;
            using var monitor = new ResourceMonitor();
            var wall = Stopwatch.StartNew();
            var outcomes = await Task.WhenAll(Enumerable.Range(0, settings.Runs).Select(i => AwaitOneAsync(client, i, failures)));
            wall.Stop();
            var resources = monitor.Stop();

            var completed = outcomes.Count(outcome => outcome.Completed);
            var statusRequests = counter.Count("GET", StatusPath);
            var perRun = (double)statusRequests / settings.Runs;
            var minimum = settings.MinimumStatusRequestsPerRun();
            var cpuPerRunMs = resources["cpuTimeMs"]!.GetValue<double>() / settings.Runs;
            return new JsonObject
            {
                ["scenario"] = Name,
                ["awaitedWith"] = "OctaveClient.RunWorkflowAsync, polling only",
                ["settings"] = settings.ToJson(),
                ["wallTimeMs"] = Math.Round(wall.Elapsed.TotalMilliseconds, 1),
                ["runsCompleted"] = completed,
                ["runsFailed"] = settings.Runs - completed,
                ["failures"] = ScenarioJson.Failures(failures),
                ["requests"] = ScenarioJson.Requests(counter),
                ["statusRequestsPerRun"] = Math.Round(perRun, 3),
                ["minimumStatusRequestsPerRun"] = minimum,
                ["statusRequestsRatioToMinimum"] = Math.Round(perRun / minimum, 3),
                ["waitMs"] = LatencyStats.Describe(outcomes.Where(o => o.Completed).Select(o => o.WaitMilliseconds).ToArray()),
                ["cpuTimePerRunMs"] = Math.Round(cpuPerRunMs, 4),
                ["emulatorCpuTimeMs"] = Math.Round((emulator.TotalProcessorTime - emulatorCpuAtStart).TotalMilliseconds, 1),
                ["process"] = resources,
            };
        }
    }

    /// <summary>Runs a few awaits on a separate client first, so JIT and connection set-up are not measured.</summary>
    private static async Task WarmUpAsync(EmulatorProcess emulator, ScenarioSettings settings)
    {
        var (http, _) = LoadHttp.Create(settings.MaxConnections);
        using (http)
        {
            var client = LoadClients.CreateOctaveClient(http, emulator, settings);
            await Task.WhenAll(Enumerable.Range(0, 50).Select(i => client.RunWorkflowAsync(LoadClients.NewRequest(i))));
        }
    }

    private static async Task<RunOutcome> AwaitOneAsync(OctaveClient client, int index, ConcurrentDictionary<string, int> failures)
    {
        // Yield first so all runs are started by the thread pool, as independent requests in a service would be.
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await client.RunWorkflowAsync(LoadClients.NewRequest(index));
            if (!result.Succeeded)
            {
                failures.AddOrUpdate("state " + result.State, 1, (_, count) => count + 1);
            }

            return new RunOutcome(result.Succeeded, Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Succeeded ? null : result.State.ToString());
        }
        catch (Exception exception) when (exception is WorkflowApiException or System.Net.Http.HttpRequestException or OperationCanceledException or WorkflowOutcomeUnknownException or OctaveRunTimeoutException)
        {
            ScenarioJson.CountFailure(failures, exception);
            return new RunOutcome(false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
        }
    }
}
