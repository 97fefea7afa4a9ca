using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.Testing;

namespace Quickstart;

/// <summary>The Octave client the steps use, and where its callbacks go.</summary>
internal sealed class OctaveTarget : IAsyncDisposable
{
    /// <summary>
    /// Async agents must be given a callback URL. When this process cannot receive callbacks, it passes this URL,
    /// which accepts and discards the POST, and learns the result by polling instead.
    /// </summary>
    public const string DiscardingCallbackUrl = "https://example.com/octave-callback-discarded";

    private const int DefaultTunnelPort = 5089;

    private OctaveTarget(OctaveClient client, string workflowOId, string agentOId, string where, PollingOptions watchPolling, LoopbackCallbackReceiver? receiver)
    {
        Client = client;
        WorkflowOId = workflowOId;
        AgentOId = agentOId;
        Where = where;
        WatchPolling = watchPolling;
        Receiver = receiver;
    }

    public OctaveClient Client { get; }

    public string WorkflowOId { get; }

    public string AgentOId { get; }

    public string Where { get; }

    /// <summary>How often the progress display polls.</summary>
    public PollingOptions WatchPolling { get; }

    public LoopbackCallbackReceiver? Receiver { get; }

    public string AgentCallbackUrl => Receiver?.CallbackUrl.ToString() ?? DiscardingCallbackUrl;

    public static async Task<OctaveTarget> CreateAsync(QuickstartSettings settings, WorkflowEmulator? emulator, HttpClient http, CancellationToken cancellationToken)
    {
        if (settings.OctaveUsesEmulator)
        {
            var onEmulator = new OctaveOptions { ApiKey = "quickstart", BaseUrl = emulator!.OctaveBaseUrl };
            var receiver = await LoopbackCallbackReceiver.StartAsync(0, null, cancellationToken);
            return Create(http, onEmulator, receiver, "caw_demo_enrich", "ca_enrich_company", $"embedded emulator at {onEmulator.BaseUrl}", Polling(TimeSpan.FromMilliseconds(150)));
        }

        var configured = new OctaveOptions { ApiKey = settings.OctaveApiKey, BaseUrl = settings.OctaveBaseUrl ?? OctaveOptions.DefaultBaseUrl };
        var workflowOId = QuickstartSettings.Required(settings.OctaveWorkflowOId, "OCTAVE_WORKFLOW_OID", "OCTAVE_API_KEY is set");
        var agentOId = QuickstartSettings.Required(settings.OctaveAgentOId, "OCTAVE_AGENT_OID", "OCTAVE_API_KEY is set");

        // A remote Octave reaches this process only through a public URL (a tunnel to the fixed port); a loopback
        // server, such as a separately started emulator, can call the loopback receiver directly.
        LoopbackCallbackReceiver? callbacks = null;
        if (settings.OctaveCallbackUrl is { } publicUrl)
        {
            callbacks = await LoopbackCallbackReceiver.StartAsync(TunnelPort(), publicUrl, cancellationToken);
        }
        else if (configured.BaseUrl.IsLoopback)
        {
            callbacks = await LoopbackCallbackReceiver.StartAsync(0, null, cancellationToken);
        }

        return Create(http, configured, callbacks, workflowOId, agentOId, configured.BaseUrl.ToString(), Polling(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5)));
    }

    public async ValueTask DisposeAsync()
    {
        if (Receiver is not null)
        {
            await Receiver.DisposeAsync();
        }
    }

    private static OctaveTarget Create(
        HttpClient http, OctaveOptions octave, LoopbackCallbackReceiver? receiver, string workflowOId, string agentOId, string where, PollingOptions polling)
    {
        var options = new OctaveClientOptions
        {
            CallbackUrl = receiver?.CallbackUrl.ToString(),
            Polling = polling,

            // Runs here take seconds, so a lost callback is noticed by polling well within the sample's time limit.
            CallbackFallbackInterval = TimeSpan.FromSeconds(5),
        };

        // The receiver's registry is passed in, so a callback it receives ends the client's wait.
        var client = new OctaveClient(OctaveApi.Create(http, octave), options, receiver?.Completions);
        return new OctaveTarget(client, workflowOId, agentOId, where, polling, receiver);
    }

    private static PollingOptions Polling(TimeSpan interval, TimeSpan? max = null) => new()
    {
        InitialInterval = interval,
        MaxInterval = max ?? interval,
        Timeout = TimeSpan.FromSeconds(50),
    };

    private static int TunnelPort() =>
        int.TryParse(Environment.GetEnvironmentVariable("OCTAVE_CALLBACK_PORT"), out var port) ? port : DefaultTunnelPort;
}
