using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.Dashboard.Tests.Support;

/// <summary>
/// The service a developer is wiring up: the SDK's clients pointed at the emulator, and the AspNetCore callback
/// receiver on a loopback port, so that Octave's callback completes the SDK's run-and-await.
/// </summary>
internal sealed class IntegratingService : IAsyncDisposable
{
    private readonly WebApplication app;

    private IntegratingService(WebApplication app, string callbackToken)
    {
        this.app = app;
        CallbackToken = callbackToken;
    }

    /// <summary>The secret last segment of the callback URL.</summary>
    public string CallbackToken { get; }

    public OctaveClient Octave => app.Services.GetRequiredService<OctaveClient>();

    public InteractlyClient Interactly => app.Services.GetRequiredService<InteractlyClient>();

    public static async Task<IntegratingService> StartAsync(WorkflowEmulator emulator, string apiKey)
    {
        int port = FreeLoopbackPort();
        string token = CallbackUrls.NewToken();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddOctaveCallbackReceiver(options => options.Token = token);
        builder.Services.AddWorkflowClients(options =>
        {
            options.Octave.ApiKey = apiKey;
            options.Octave.BaseUrl = emulator.OctaveBaseUrl;
            options.Interactly.ApiKey = apiKey;
            options.Interactly.BaseUrl = emulator.InteractlyBaseUrl;
            options.OctaveClient.CallbackUrl = CallbackUrls.Create(new Uri("http://127.0.0.1:" + port + "/callbacks/octave"), token).Url.AbsoluteUri;
            options.Polling.InitialInterval = TimeSpan.FromMilliseconds(200);

            // One attempt per call, so a fault the page injects reaches the caller instead of being retried away.
            options.Resilience.MaxRetryAttempts = 0;
        });
        var app = builder.Build();
        app.MapOctaveCallbacks("/callbacks/octave/{token}");
        await app.StartAsync();
        return new IntegratingService(app, token);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>The callback URL must be known before the clients are configured, so the port is chosen first.</summary>
    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
