using System;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Octave.Interactly.Sdk.Benchmarks.Emulator;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// Benchmark (2): one Interactly execute turn against the emulator process on loopback, through the SDK's endpoint
/// layer, by hand, and through a bare Refit interface (the floor of a Refit-based client). Each call is a first turn
/// of the chat loop, so every call does the same work on the server.
/// </summary>
[MemoryDiagnoser]
public class ExecuteTurnBenchmarks
{
    private EmulatorProcess _emulator = null!;
    private TurnClients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        _emulator = EmulatorProcess.StartAsync(pendingMilliseconds: 0, runningMilliseconds: 0).GetAwaiter().GetResult();
        _clients = new TurnClients(() => new SocketsHttpHandler(), _emulator.InteractlyBaseUrl);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _clients.Dispose();
        _emulator.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<HandWrittenTurnResponse> HandWritten_HttpClient() => _clients.HandWrittenTurnAsync(null, "hello");

    [Benchmark]
    public Task<InteractiveRunResponse> Sdk_InteractlyApi() => _clients.SdkTurnAsync(null, "hello");

    [Benchmark]
    public Task<HandWrittenTurnResponse> Refit_Only() => _clients.RefitOnlyTurnAsync(null, "hello");
}
