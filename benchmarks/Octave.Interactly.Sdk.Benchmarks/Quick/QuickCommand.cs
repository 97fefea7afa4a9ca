using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

/// <summary>
/// <c>--quick PATH</c>: every comparison and scenario at a scale that finishes within two minutes (the micro
/// comparisons by <see cref="MicroMeasure"/>, the scenarios at a fifth of full scale, each in its own process), the
/// targets checked, all written as JSON to PATH.
/// </summary>
internal static class QuickCommand
{
    public const int Runs = 2_000;
    public const int Sessions = 200;


    public static async Task<int> RunAsync(Arguments arguments)
    {
        var path = arguments.Text("quick") ?? throw new FormatException("--quick needs the path of the JSON file to write.");
        var wall = Stopwatch.StartNew();
        var result = new JsonObject
        {
            ["mode"] = "quick",
            ["startedAt"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["machine"] = MachineInfo.Describe(),
        };

        Console.WriteLine("Status call: SDK vs hand-written vs RestSharp...");
        result["statusCall"] = await QuickMicro.StatusCallAsync();

        Console.WriteLine("Interactly execute turn: SDK vs hand-written...");
        result["executeTurn"] = await QuickMicro.ExecuteTurnAsync();

        Console.WriteLine("50-event turn, in-memory transport: SDK vs hand-written...");
        result["turnDeserialization"] = await QuickMicro.TurnDeserializationAsync();

        Console.WriteLine("Callback parse + deduplicate...");
        result["callbackParse"] = await QuickMicro.CallbackAsync();

        Console.WriteLine($"Scenario polling ({Runs} runs)...");
        result["polling"] = await ChildScenario.RunAsync("polling", "--runs", Runs.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Console.WriteLine($"Scenario callbacks ({Runs} runs)...");
        result["callbacks"] = await ChildScenario.RunAsync("callbacks", "--runs", Runs.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Console.WriteLine($"Scenario sessions ({Sessions} sessions x 10 turns, hand-written then SDK)...");
        result["sessions"] = await ChildScenario.RunAsync("sessions", "--sessions", Sessions.ToString(System.Globalization.CultureInfo.InvariantCulture));

        result["targets"] = QuickTargets.Evaluate(result);
        result["loadAverageAtEnd"] = MachineInfo.LoadAverage();
        result["wallTimeSeconds"] = Math.Round(wall.Elapsed.TotalSeconds, 1);

        var text = result.ToJsonString(JsonOutput.Options);
        await File.WriteAllTextAsync(path, text);
        Console.WriteLine(result["targets"]!.ToJsonString(JsonOutput.Options));
        Console.WriteLine($"Wrote {path} in {wall.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
