using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Benchmarks.Micro;

namespace Octave.Interactly.Sdk.Benchmarks.Quick;

/// <summary>The micro-benchmarks' comparisons, measured by <see cref="MicroMeasure"/> for the quick run.</summary>
internal static class QuickMicro
{
    public static async Task<JsonObject> StatusCallAsync()
    {
        var fixture = await StatusCallFixture.StartAsync();
        await using (fixture)
        {
            return await MicroMeasure.CompareAsync(
                "HandWritten_HttpClient",
                new (string, Func<Task>)[]
                {
                    ("HandWritten_HttpClient", () => fixture.HandWritten.GetWorkflowRunStatusAsync(fixture.JobOId)),
                    ("Sdk_OctaveApi", () => fixture.Sdk.GetWorkflowRunStatusAsync(fixture.JobOId)),
                    ("RestSharp", () => fixture.RestSharp.GetWorkflowRunStatusAsync(fixture.JobOId)),
                },
                rounds: 25,
                callsPerRound: 200);
        }
    }
}
