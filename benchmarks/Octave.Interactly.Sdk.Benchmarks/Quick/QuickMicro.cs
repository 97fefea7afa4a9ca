using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Benchmarks.Emulator;
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
                    ("Sdk_AddWorkflowClients", () => fixture.SdkWithResilience.GetWorkflowRunStatusAsync(fixture.JobOId)),
                    ("Refit_Only", () => fixture.RefitOnly.GetWorkflowRunStatusAsync(fixture.JobOId)),
                    ("RestSharp", () => fixture.RestSharp.GetWorkflowRunStatusAsync(fixture.JobOId)),
                },
                rounds: 25,
                callsPerRound: 200);
        }
    }

    public static async Task<JsonObject> ExecuteTurnAsync()
    {
        using var emulator = await EmulatorProcess.StartAsync(pendingMilliseconds: 0, runningMilliseconds: 0);
        using var clients = new TurnClients(() => new SocketsHttpHandler(), emulator.InteractlyBaseUrl);
        return await MicroMeasure.CompareAsync(
            "HandWritten_HttpClient",
            new (string, Func<Task>)[]
            {
                ("HandWritten_HttpClient", () => clients.HandWrittenTurnAsync(null, "hello")),
                ("Sdk_InteractlyApi", () => clients.SdkTurnAsync(null, "hello")),
                ("Refit_Only", () => clients.RefitOnlyTurnAsync(null, "hello")),
            },
            rounds: 15,
            callsPerRound: 100);
    }

    public static async Task<JsonObject> TurnDeserializationAsync()
    {
        var body = RecordedTurn.Load();
        var clients = new TurnClients(() => new FixedAnswerHandler(body), new Uri("http://127.0.0.1:9/workflows/"));
        await RecordedTurnCheck.EnsureSameEventsAsync(clients);
        return await MeasureAndDisposeAsync(clients, () => MicroMeasure.CompareAsync(
            "HandWritten_JsonDocumentWalk",
            new (string, Func<Task>)[]
            {
                ("HandWritten_JsonDocumentWalk", () => clients.HandWrittenDocumentTurnAsync("6b02b7183fa8be0000000001", "tell me more")),
                ("HandWritten_JsonElementEvents", () => clients.HandWrittenTurnAsync("6b02b7183fa8be0000000001", "tell me more")),
                ("Sdk_TypedEvents", () => clients.SdkTurnAsync("6b02b7183fa8be0000000001", "tell me more")),
                ("Refit_Only", () => clients.RefitOnlyTurnAsync("6b02b7183fa8be0000000001", "tell me more")),
            },
            rounds: 15,
            callsPerRound: 500));
    }

    public static Task<JsonObject> CallbackAsync()
    {
        var body = CallbackPayload.ForRun("bsjob_0123456789abcdef");
        var deduplicator = new InMemoryCallbackDeduplicator();
        deduplicator.TryMarkFirst(OctaveCallbackParser.Parse(body).DeduplicationKey);
        return MicroMeasure.CompareAsync(
            "Parse",
            new (string, Func<Task>)[]
            {
                ("Parse", () => Task.FromResult(OctaveCallbackParser.Parse(body))),
                ("ParseAndDeduplicate_Repeat", () => deduplicator.TryMarkFirstAsync(OctaveCallbackParser.Parse(body).DeduplicationKey).AsTask()),
            },
            rounds: 15,
            callsPerRound: 5000);
    }

    private static async Task<JsonObject> MeasureAndDisposeAsync(IDisposable owner, Func<Task<JsonObject>> measure)
    {
        using (owner)
        {
            return await measure();
        }
    }
}
