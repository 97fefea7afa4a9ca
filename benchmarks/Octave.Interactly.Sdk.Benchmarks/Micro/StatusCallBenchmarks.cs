using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// Benchmark (1): <c>GET /api/v2/workflows/run/status</c> through the SDK, by hand over HttpClient, through a bare
/// Refit interface (the floor of a Refit-based client), and through RestSharp, side by side against the same
/// emulator process on loopback.
/// </summary>
[MemoryDiagnoser]
public class StatusCallBenchmarks
{
    private StatusCallFixture _fixture = null!;

    [GlobalSetup]
    public void Setup() => _fixture = StatusCallFixture.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _fixture.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<HandWrittenStatusEnvelope> HandWritten_HttpClient() => _fixture.HandWritten.GetWorkflowRunStatusAsync(_fixture.JobOId);

    [Benchmark]
    public Task<WorkflowRunStatusResponse> Sdk_OctaveApi() => _fixture.Sdk.GetWorkflowRunStatusAsync(_fixture.JobOId);

    [Benchmark]
    public Task<WorkflowRunStatusResponse> Sdk_AddWorkflowClients() => _fixture.SdkWithResilience.GetWorkflowRunStatusAsync(_fixture.JobOId);

    [Benchmark]
    public Task<HandWrittenStatusEnvelope> Refit_Only() => _fixture.RefitOnly.GetWorkflowRunStatusAsync(_fixture.JobOId);

    [Benchmark]
    public Task<HandWrittenStatusEnvelope> RestSharp() => _fixture.RestSharp.GetWorkflowRunStatusAsync(_fixture.JobOId);
}
