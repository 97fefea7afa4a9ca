using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Tests.Runs.Support;

/// <summary>
/// A minimal callback receiver on loopback: reads the body, parses it with <see cref="OctaveCallbackParser"/>,
/// completes the run in the registry and answers 200.
/// </summary>
public sealed class RegistryCallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _received;

    private RegistryCallbackReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public int Received => Volatile.Read(ref _received);

    public static async Task<RegistryCallbackReceiver> StartAsync(OctaveRunCompletionRegistry registry)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new RegistryCallbackReceiver(app);
        app.MapPost("/callbacks/octave/{token}", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            registry.Complete(OctaveCallbackParser.Parse(buffer.ToArray()));
            Interlocked.Increment(ref receiver._received);
            http.Response.StatusCode = 200;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/callbacks/octave/" + Guid.NewGuid().ToString("N"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
