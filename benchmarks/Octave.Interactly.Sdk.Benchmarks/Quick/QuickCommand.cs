using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Benchmarks.Load;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

/// <summary>
/// <c>--quick PATH [--full]</c>: every comparison and scenario, the targets checked, all written as JSON to PATH. The
/// micro comparisons run by <see cref="MicroMeasure"/>; the scenarios each in their own process, scaled down so the
/// whole run finishes in about two minutes, or at full scale with <c>--full</c>.
/// </summary>
internal static class QuickCommand
{
    /// <summary>The scenario sizes of one variant.</summary>
    internal sealed record Variant(string Name, int PollingRuns, int CallbackWaits, int Sessions);

    public static readonly Variant Quick = new("quick", PollingRuns: 2_000, CallbackWaits: 20_000, Sessions: 200);

    public static readonly Variant Full = new("full", PollingRuns: 10_000, CallbackWaits: CallbackScenario.DefaultWaits, Sessions: new ScenarioSettings().Sessions);

    public static async Task<int> RunAsync(Arguments arguments)
    {
        var path = arguments.Text("quick") ?? throw new FormatException("--quick needs the path of the JSON file to write.");
        var variant = arguments.Has("full") ? Full : Quick;
        var wall = Stopwatch.StartNew();
        var result = new JsonObject
        {
            ["mode"] = "quick",
            ["variant"] = variant.Name,
            ["scenarioSizes"] = new JsonObject
            {
                ["pollingRuns"] = variant.PollingRuns,
                ["callbackWaits"] = variant.CallbackWaits,
                ["sessions"] = variant.Sessions,
            },
            ["startedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["machine"] = MachineInfo.Describe(),
        };

        Console.WriteLine("Status call: SDK vs hand-written vs RestSharp...");
        result["statusCall"] = await QuickMicro.StatusCallAsync();

        Console.WriteLine("Interactly execute turn: SDK vs hand-written...");
        result["executeTurn"] = await QuickMicro.ExecuteTurnAsync();

        Console.WriteLine("50-event turn, in-memory transport: SDK vs hand-written JsonDocument walk...");
        result["turnDeserialization"] = await QuickMicro.TurnDeserializationAsync();

        Console.WriteLine("Callback parse + deduplicate...");
        result["callbackParse"] = await QuickMicro.CallbackAsync();

        Console.WriteLine($"Scenario polling ({variant.PollingRuns} runs)...");
        result["polling"] = await ChildScenario.RunAsync("polling", "--runs", Text(variant.PollingRuns));

        Console.WriteLine($"Scenario callbacks ({variant.CallbackWaits} waits in flight at once)...");
        result["callbacks"] = await ChildScenario.RunAsync("callbacks", "--runs", Text(variant.CallbackWaits));

        Console.WriteLine($"Scenario sessions ({variant.Sessions} sessions x 10 turns, hand-written and SDK alternating, 3 rounds)...");
        result["sessions"] = await ChildScenario.RunAsync("sessions", "--sessions", Text(variant.Sessions));

        result["targets"] = QuickTargets.Evaluate(result, variant);
        result["loadAverageAtEnd"] = MachineInfo.LoadAverage();
        result["wallTimeSeconds"] = Math.Round(wall.Elapsed.TotalSeconds, 1);

        var text = result.ToJsonString(JsonOutput.Options);
        await File.WriteAllTextAsync(path, text);
        Console.WriteLine(result["targets"]!.ToJsonString(JsonOutput.Options));
        Console.WriteLine($"Wrote {path} ({variant.Name} variant) in {wall.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
