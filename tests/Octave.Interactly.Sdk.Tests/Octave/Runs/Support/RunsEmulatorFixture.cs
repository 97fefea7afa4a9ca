using System;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Tests.Runs.Support;

/// <summary>One emulator per test class, reset before each test, with run lifecycles in milliseconds.</summary>
public abstract class RunsEmulatorFixture
{
    /// <summary>A callback URL nothing listens on: the documented "no-op callback, poll instead" pattern.</summary>
    protected const string NoOpCallbackUrl = "http://127.0.0.1:9/ignored";

    protected const string StatusRoute = "/api/v2/workflows/run/status";

    private HttpClient? _http;

    protected WorkflowEmulator Emulator { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartEmulator()
    {
        Emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions
        {
            JobPendingMilliseconds = 20,
            JobRunningMilliseconds = 80,
            CallbackMaxAttempts = 1,
        });
        Emulator.Catalog.AddOctaveWorkflow(new OctaveWorkflowScenario
        {
            WorkflowOId = "caw_watch",
            TotalCount = 3,
            PendingMilliseconds = 80,
            RunningMilliseconds = 150,
        });
        Emulator.Catalog.AddOctaveAgent(new OctaveAgentScenario
        {
            AgentOId = "ca_watch",
            AgentType = OctaveAgentType.EnrichPerson,
            PendingMilliseconds = 300,
            RunningMilliseconds = 100,
        });
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
    }

    [OneTimeTearDown]
    public async Task StopEmulator()
    {
        _http?.Dispose();
        await Emulator.DisposeAsync();
    }

    [SetUp]
    public void ResetEmulator() => Emulator.Reset();

    /// <summary>Millisecond polling with a 10 s safety deadline, so a broken wait fails instead of hanging.</summary>
    protected static PollingOptions FastPolling(TimeSpan? timeout = null) => new()
    {
        InitialInterval = TimeSpan.FromMilliseconds(5),
        MaxInterval = TimeSpan.FromMilliseconds(20),
        BackoffMultiplier = 1.5,
        Jitter = 0.2,
        MinRetryAfter = TimeSpan.FromMilliseconds(1),
        MaxRetryAfter = TimeSpan.FromMilliseconds(30),
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    protected OctaveClient CreateClient(OctaveClientOptions? options = null, OctaveRunCompletionRegistry? registry = null, HttpClient? http = null)
    {
        options ??= new OctaveClientOptions();
        if (options.Polling.InitialInterval == PollingOptions.DefaultInitialInterval)
        {
            options.Polling = FastPolling();
        }

        var api = global::Octave.Interactly.Sdk.Tests.Support.TestApis.Octave(http ?? _http!, new OctaveOptions { ApiKey = "test-key", BaseUrl = Emulator.OctaveBaseUrl });
        return new OctaveClient(api, options, registry);
    }

    protected int StatusPolls() => Emulator.Journal.Count("GET", StatusRoute);
}
