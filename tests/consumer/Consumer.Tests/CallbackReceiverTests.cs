using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk;

namespace Consumer.Tests;

/// <summary>
/// An ASP.NET Core app that receives Octave callbacks, as the AspNetCore package's README sets it up: a run started
/// with the configured callback URL ends on the callback, with its output, without a single status poll.
/// </summary>
public sealed class CallbackReceiverTests
{
    private const string CallbackRoute = "/callbacks/octave/{token}";

    [Test]
    public async Task A_callback_configured_run_completes_with_zero_polls()
    {
        var emulator = ConsumerSetup.Emulator;
        emulator.Reset();
        var publicRoot = new Uri("http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");
        var token = CallbackUrls.NewToken();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(publicRoot.AbsoluteUri);
        builder.Services.AddOctaveCallbackReceiver(options => options.Token = token);
        builder.Services.AddWorkflowClients(options =>
        {
            options.Octave.ApiKey = ConsumerSetup.ApiKey;
            options.Octave.BaseUrl = emulator.OctaveBaseUrl;
            options.OctaveClient.CallbackUrl = CallbackUrls.ForRoute(publicRoot, CallbackRoute, token).Url.AbsoluteUri;
        });
        await using var app = builder.Build();
        app.MapOctaveCallbacks(CallbackRoute);
        await app.StartAsync();

        WorkflowRunResult result = await app.Services.GetRequiredService<OctaveClient>()
            .RunWorkflowAsync("caw_demo_enrich", new EnrichPersonRequest { Email = "ada@example.com" })
            .WaitAsync(TimeSpan.FromSeconds(30));
        await app.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True, result.Error);
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Callback));
            Assert.That(result.Output, Is.Not.Null, "the workflow's output arrives only by callback");
            Assert.That(emulator.Journal.Count("GET", "/api/v2/workflows/run/status"), Is.Zero, "status polls");
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
