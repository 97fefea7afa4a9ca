using System.Globalization;
using System.Net.Http;
using Octave.Interactly.Sdk.Benchmarks.Emulator;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>The SDK clients and requests the load scenarios use.</summary>
internal static class LoadClients
{
    public const string ApiKey = "load-key";

    public static IOctaveApi CreateApi(HttpClient http, EmulatorProcess emulator) =>
        OctaveApi.Create(http, new OctaveOptions { ApiKey = ApiKey, BaseUrl = emulator.BaseUrl });

    /// <summary>The facade as a service would configure it for this scenario's schedule.</summary>
    public static OctaveClient CreateOctaveClient(
        HttpClient http, EmulatorProcess emulator, ScenarioSettings settings, OctaveRunCompletionRegistry? completions = null, string? callbackUrl = null, System.TimeSpan? fallback = null)
    {
        var options = new OctaveClientOptions { Polling = settings.Polling(), CallbackUrl = callbackUrl };
        if (fallback is { } interval)
        {
            options.CallbackFallbackInterval = interval;
        }

        return new OctaveClient(CreateApi(http, emulator), options, completions);
    }

    public static RunWorkflowRequest NewRequest(int index, string workflowOId = "caw_demo_enrich") =>
        new RunWorkflowRequest(workflowOId).SetInput("email", "person" + index.ToString(CultureInfo.InvariantCulture) + "@example.com");
}
