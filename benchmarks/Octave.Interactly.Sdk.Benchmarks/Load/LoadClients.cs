using System.Globalization;
using System.Net.Http;
using Octave.Interactly.Sdk.Benchmarks.Emulator;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>The SDK clients and requests the load scenarios use.</summary>
internal static class LoadClients
{
    public const string ApiKey = "load-key";

    public static IOctaveApi CreateApi(HttpClient http, EmulatorProcess emulator) =>
        new OctaveApi(http, new OctaveOptions { ApiKey = ApiKey, BaseUrl = emulator.BaseUrl });

    public static RunWorkflowRequest NewRequest(int index) =>
        new RunWorkflowRequest("caw_demo_enrich").SetInput("email", "person" + index.ToString(CultureInfo.InvariantCulture) + "@example.com");
}
