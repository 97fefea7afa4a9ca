using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// Benchmark (4): reading a 50-event turn answer, through the whole client path but over an in-memory transport,
/// so the figures are the client's alone: the SDK (typed events, each keeping its raw JSON) against hand-written
/// code that parses the answer into one <see cref="System.Text.Json.JsonDocument"/> and reads the same fields of each
/// event into a small class (the baseline), hand-written code that keeps events as
/// <see cref="System.Text.Json.JsonElement"/> without reading them, and the latter's models through a bare Refit
/// interface.
/// </summary>
[MemoryDiagnoser]
public class TurnDeserializationBenchmarks
{
    private const string RunId = "6b02b7183fa8be0000000001";

    private TurnClients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = RecordedTurn.Load();
        _clients = new TurnClients(() => new FixedAnswerHandler(body), new Uri("http://127.0.0.1:9/workflows/"));
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true)]
    public Task<HandWrittenDocumentTurn> HandWritten_JsonDocumentWalk() => _clients.HandWrittenDocumentTurnAsync(RunId, "tell me more");

    [Benchmark]
    public Task<HandWrittenTurnResponse> HandWritten_JsonElementEvents() => _clients.HandWrittenTurnAsync(RunId, "tell me more");

    [Benchmark]
    public Task<InteractiveRunResponse> Sdk_TypedEvents() => _clients.SdkTurnAsync(RunId, "tell me more");

    /// <summary>The same turn through a bare Refit interface into the hand-written models: Refit's share of the client-side cost.</summary>
    [Benchmark]
    public Task<HandWrittenTurnResponse> Refit_Only() => _clients.RefitOnlyTurnAsync(RunId, "tell me more");
}
