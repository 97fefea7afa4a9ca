using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Benchmarks.Emulator;
using Octave.Interactly.Sdk.Benchmarks.Micro;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// Scenario "sessions": many Interactly conversations of a fixed number of turns at once, played twice against a
/// fresh emulator each time, by hand-written HttpClient code and through the SDK, so the SDK's cost per turn is the
/// difference between the two.
/// </summary>
internal static class SessionsScenario
{
    public const string Name = "sessions";

    /// <summary>
    /// How many times each driver plays its sessions, alternating with the others, after a round that warms them all
    /// up; the median round counts. On two shared cores, CPU time per turn moves by tens of percent from one round to
    /// the next (thread-pool spinning, GC timing, the emulator beside it), more than the margin the target checks.
    /// </summary>
    private const int Rounds = 3;

    /// <summary>Builds one conversation: given the client's HttpClient and the emulator, a function that plays it.</summary>
    internal delegate Func<CancellationToken, Task<bool>> ConversationFactory(HttpClient http, EmulatorProcess emulator);

    public static async Task<JsonObject> RunAsync(ScenarioSettings settings)
    {
        var drivers = new List<(string Name, ConversationFactory Factory)>
        {
            ("handWritten", (http, emulator) =>
            {
                var conversation = new HandWrittenConversation(new HandWrittenTurnClient(http, emulator.InteractlyBaseUrl, LoadClients.ApiKey).SendAsync);
                return token => conversation.RunAsync(settings.Turns, token);
            }),
            ("refitOnly", (http, emulator) =>
            {
                var api = RefitOnlyClient.Create<IRefitOnlyTurnApi>(http, emulator.InteractlyBaseUrl, HandWrittenTurnJsonContext.Default);
                var conversation = new HandWrittenConversation(
                    (workflowId, runId, message, token) => api.ExecuteAsync(workflowId, HandWrittenExecuteRequest.ForMessage(runId, message), token));
                return token => conversation.RunAsync(settings.Turns, token);
            }),
        };
        drivers.AddRange(SdkConversation.Drivers(settings));

        var result = new JsonObject
        {
            ["scenario"] = Name,
            ["settings"] = settings.ToJson(),
            ["workflow"] = "emulator built-in Chat loop (" + ConversationScript.ChatLoopWorkflowId + "); last turn says \"bye\" and completes the run",
        };
        var rounds = drivers.ToDictionary(driver => driver.Name, _ => new List<JsonObject>());
        for (var round = 0; round <= Rounds; round++)
        {
            foreach (var (name, factory) in drivers)
            {
                var phase = await RunPhaseAsync(settings, factory);

                // Round 0 warms every driver up to its optimised code before any round counts.
                if (round > 0)
                {
                    rounds[name].Add(phase);
                }
            }
        }

        var phases = new JsonObject();
        foreach (var (name, played) in rounds)
        {
            phases[name] = MedianRound(played);
        }

        result["phases"] = phases;
        result["transcriptsCompleted"] = rounds.Values.SelectMany(played => played).Min(phase => phase["transcriptsCompleted"]!.GetValue<int>());
        result["runsFailed"] = settings.Sessions - result["transcriptsCompleted"]!.GetValue<int>();
        if (phases["sdk"] is { } sdk && phases["handWritten"] is { } handWritten)
        {
            result["sdkOverheadPerTurn"] = Overhead(sdk, handWritten);
        }

        if (phases["refitOnly"] is { } refitOnly && phases["handWritten"] is { } baseline)
        {
            result["refitOnlyOverheadPerTurn"] = Overhead(refitOnly, baseline);
        }

        return result;
    }

    /// <summary>The round with the median CPU time per turn, with every round's figure beside it.</summary>
    private static JsonObject MedianRound(List<JsonObject> played)
    {
        static double CpuPerTurn(JsonObject phase) => phase["cpuTimePerTurnMs"]!.GetValue<double>();
        var median = played.OrderBy(CpuPerTurn).ElementAt(played.Count / 2);
        median["cpuTimePerTurnMsByRound"] = new JsonArray(played.Select(phase => (JsonNode)CpuPerTurn(phase)).ToArray());
        return median;
    }

    private static JsonObject Overhead(JsonNode sdk, JsonNode handWritten)
    {
        double Value(JsonNode phase, string name) => phase[name]!.GetValue<double>();
        return new JsonObject
        {
            ["cpuTimeMs"] = Math.Round(Value(sdk, "cpuTimePerTurnMs") - Value(handWritten, "cpuTimePerTurnMs"), 4),
            ["cpuTimeRatio"] = Math.Round(Value(sdk, "cpuTimePerTurnMs") / Value(handWritten, "cpuTimePerTurnMs"), 3),
            ["allocatedKB"] = Math.Round(Value(sdk, "allocatedPerTurnKB") - Value(handWritten, "allocatedPerTurnKB"), 2),
            ["allocatedRatio"] = Math.Round(Value(sdk, "allocatedPerTurnKB") / Value(handWritten, "allocatedPerTurnKB"), 3),
            ["meanTurnLatencyMs"] = Math.Round(Value(sdk, "meanTurnLatencyMs") - Value(handWritten, "meanTurnLatencyMs"), 3),
        };
    }

    private static async Task<JsonObject> RunPhaseAsync(ScenarioSettings settings, ConversationFactory factory)
    {
        using var emulator = await EmulatorProcess.StartAsync(pendingMilliseconds: 0, runningMilliseconds: 0);
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var (warmHttp, _) = LoadHttp.Create(settings.MaxConnections);
        using (warmHttp)
        {
            var warm = factory(warmHttp, emulator);
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PlayAsync(warm, new ConcurrentDictionary<string, int>())));
        }

        var (http, counter) = LoadHttp.Create(settings.MaxConnections);
        using (http)
        {
            var play = factory(http, emulator);
            var emulatorCpuAtStart = emulator.TotalProcessorTime;
            using var monitor = new ResourceMonitor();
            var wall = Stopwatch.StartNew();
            var outcomes = await Task.WhenAll(Enumerable.Range(0, settings.Sessions).Select(_ => PlayAsync(play, failures)));
            wall.Stop();

            // Each phase pays for collecting its own garbage, and leaves none for the next one to pay for.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            var resources = monitor.Stop();
            var turns = (double)settings.Sessions * settings.Turns;
            return new JsonObject
            {
                ["wallTimeMs"] = Math.Round(wall.Elapsed.TotalMilliseconds, 1),
                ["transcriptsCompleted"] = outcomes.Count(o => o.Completed),
                ["failures"] = ScenarioJson.Failures(failures),
                ["requests"] = ScenarioJson.Requests(counter),
                ["meanTurnLatencyMs"] = Math.Round(outcomes.Average(o => o.WaitMilliseconds) / settings.Turns, 3),
                ["sessionMs"] = LatencyStats.Describe(outcomes.Select(o => o.WaitMilliseconds).ToArray()),
                ["cpuTimePerTurnMs"] = Math.Round(resources["cpuTimeMs"]!.GetValue<double>() / turns, 4),
                ["allocatedPerTurnKB"] = Math.Round(resources["allocatedMB"]!.GetValue<double>() * 1024 / turns, 2),
                ["emulatorCpuTimeMs"] = Math.Round((emulator.TotalProcessorTime - emulatorCpuAtStart).TotalMilliseconds, 1),
                ["process"] = resources,
            };
        }
    }

    private static async Task<RunOutcome> PlayAsync(Func<CancellationToken, Task<bool>> play, ConcurrentDictionary<string, int> failures)
    {
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var completed = await play(CancellationToken.None);
            return new RunOutcome(completed, Stopwatch.GetElapsedTime(started).TotalMilliseconds, completed ? null : "incomplete");
        }
        catch (Exception exception) when (exception is HttpRequestException or WorkflowApiException or OperationCanceledException or InvalidOperationException or System.Text.Json.JsonException)
        {
            ScenarioJson.CountFailure(failures, exception);
            return new RunOutcome(false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
        }
    }
}
