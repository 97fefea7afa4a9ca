using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Octave.Interactly.Sdk.Tests.Support;

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
        var app = LoopbackApp.Create();
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
        receiver.Url = new Uri(LoopbackApp.AddressOf(app), "/callbacks/octave/" + Guid.NewGuid().ToString("N"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
