using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary><c>--scenario NAME [--json PATH]</c>: runs one load scenario in this process and prints its figures.</summary>
internal static class ScenarioCommand
{

    public static async Task<int> RunAsync(Arguments arguments)
    {
        var name = arguments.Text("scenario") ?? throw new FormatException("--scenario needs a name.");
        var settings = ScenarioSettings.From(arguments, name == CallbackScenario.Name ? CallbackScenario.DefaultWaits : null);
        JsonObject result = name switch
        {
            PollingScenario.Name => await PollingScenario.RunAsync(settings),
            CallbackScenario.Name => await CallbackScenario.RunAsync(settings),
            SessionsScenario.Name => await SessionsScenario.RunAsync(settings),
            RedisScenario.Name => await RedisScenario.RunAsync(arguments),
            _ => throw new FormatException("Unknown scenario '" + name + "'."),
        };

        var text = result.ToJsonString(JsonOutput.Options);
        Console.WriteLine(text);
        if (arguments.Text("json") is { } path)
        {
            await File.WriteAllTextAsync(path, text);
        }

        return result["runsFailed"]?.GetValue<int>() > 0 ? 1 : 0;
    }
}
