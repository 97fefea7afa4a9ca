using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

/// <summary>
/// Runs one load scenario in a fresh process of this program, so its peak working set and CPU time are its own and
/// not what earlier measurements left behind.
/// </summary>
internal static class ChildScenario
{
    public static async Task<JsonObject> RunAsync(string scenario, params string[] options)
    {
        var output = Path.Combine(Path.GetTempPath(), "octave-bench-" + scenario + "-" + Guid.NewGuid().ToString("N") + ".json");
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false, RedirectStandardOutput = true };

        // Hot methods move to optimised code at once instead of after a quiet 100 ms. The scenarios measure steady
        // state, and on two busy cores that quiet moment kept coming late: recompiling inside the measured window
        // moved CPU time per turn by a factor of up to five between identical runs.
        start.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (var argument in new[] { "--scenario", scenario, "--json", output })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        var loadAtStart = MachineInfo.LoadAverage();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the " + scenario + " scenario.");

        // The child prints its result too; drain it so a full pipe never blocks it.
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        try
        {
            var result = File.Exists(output)
                ? (JsonObject)JsonNode.Parse(await File.ReadAllTextAsync(output))!
                : new JsonObject { ["scenario"] = scenario, ["error"] = "The scenario process exited with code " + process.ExitCode + " and wrote no result." };
            result["loadAverageAtStart"] = loadAtStart;
            result["loadAverageAtEnd"] = MachineInfo.LoadAverage();
            return result;
        }
        finally
        {
            File.Delete(output);
        }
    }
}
