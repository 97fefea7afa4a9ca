using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Benchmarks.Emulator;

namespace Octave.Interactly.Sdk.Benchmarks.Micro;

/// <summary>
/// One emulator process, one finished workflow run, and the clients that ask for its status: the SDK without and with
/// dependency injection (the latter with its resilience pipeline), hand-written code, bare Refit and RestSharp. Each
/// client has its own connection pool, as it would in an application that used only that client.
/// </summary>
internal sealed class StatusCallFixture : IAsyncDisposable
{
    public const string ApiKey = "bench-key";

    private readonly EmulatorProcess _emulator;
    private readonly HttpClient _sdkHttp;
    private readonly HttpClient _handWrittenHttp;
    private readonly HttpClient _refitOnlyHttp;
    private readonly ServiceProvider _services;

    private StatusCallFixture(EmulatorProcess emulator, string jobOId)
    {
        _emulator = emulator;
        JobOId = jobOId;
        _sdkHttp = new HttpClient();
        _handWrittenHttp = new HttpClient();
        _refitOnlyHttp = new HttpClient();
        Sdk = OctaveApi.Create(_sdkHttp, new OctaveOptions { ApiKey = ApiKey, BaseUrl = emulator.BaseUrl });
        HandWritten = new HandWrittenStatusClient(_handWrittenHttp, emulator.BaseUrl, ApiKey);
        RestSharp = new RestSharpStatusClient(emulator.BaseUrl, ApiKey);
        RefitOnly = RefitOnlyClient.Create<IRefitOnlyStatusApi>(_refitOnlyHttp, emulator.BaseUrl, HandWrittenJsonContext.Default);
        var services = new ServiceCollection();
        services.AddWorkflowClients(options =>
        {
            options.Octave.ApiKey = ApiKey;
            options.Octave.BaseUrl = emulator.BaseUrl;
        });
        _services = services.BuildServiceProvider();
        SdkWithResilience = _services.GetRequiredService<IOctaveApi>();
    }

    public string JobOId { get; }

    public IOctaveApi Sdk { get; }

    /// <summary>The SDK as <c>AddWorkflowClients</c> registers it: the factory's client, headers, resilience, telemetry.</summary>
    public IOctaveApi SdkWithResilience { get; }

    public HandWrittenStatusClient HandWritten { get; }

    public RestSharpStatusClient RestSharp { get; }

    public IRefitOnlyStatusApi RefitOnly { get; }

    public static async Task<StatusCallFixture> StartAsync()
    {
        // A run with no pending or running time is finished at once, so every status answer carries every field.
        var emulator = await EmulatorProcess.StartAsync(pendingMilliseconds: 0, runningMilliseconds: 0);
        try
        {
            using var http = new HttpClient();
            var api = OctaveApi.Create(http, new OctaveOptions { ApiKey = ApiKey, BaseUrl = emulator.BaseUrl });
            var started = await api.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich").SetInput("email", "ada@example.com"));
            var fixture = new StatusCallFixture(emulator, started.JobOId!);
            await fixture.WarmUpAsync();
            return fixture;
        }
        catch
        {
            emulator.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        RestSharp.Dispose();
        _sdkHttp.Dispose();
        _handWrittenHttp.Dispose();
        _refitOnlyHttp.Dispose();
        _services.Dispose();
        _emulator.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Opens each client's connection and checks they all read the same run.</summary>
    private async Task WarmUpAsync()
    {
        var sdk = await Sdk.GetWorkflowRunStatusAsync(JobOId);
        var handWritten = await HandWritten.GetWorkflowRunStatusAsync(JobOId);
        var restSharp = await RestSharp.GetWorkflowRunStatusAsync(JobOId);
        var refitOnly = await RefitOnly.GetWorkflowRunStatusAsync(JobOId);
        var withResilience = await SdkWithResilience.GetWorkflowRunStatusAsync(JobOId);
        if (sdk.Data?.CompletedAt is null || withResilience.Data?.JobOId != JobOId || handWritten.Data?.JobOId != JobOId || restSharp.Data?.JobOId != JobOId || refitOnly.Data?.JobOId != JobOId)
        {
            throw new InvalidOperationException("The clients disagree about run " + JobOId + ".");
        }
    }
}
