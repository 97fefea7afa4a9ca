using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// The SDK's callback receiver (<c>AddOctaveCallbackReceiver</c> + <c>MapOctaveCallbacks</c>) on Kestrel inside the
/// load process, as a service would host it. A counting deduplicator shows how many deliveries were repeats.
/// </summary>
/// <remarks>
/// Its memory counts in the scenario's figures, so it holds only what the SDK's receiver holds: Kestrel's
/// connections, a bounded queue that grows only with callbacks not yet handed to the registry, the deduplicator's
/// key per callback (kept 24 h) and the registry, which remembers each received callback for its retention (15 min);
/// this class adds two counters.
/// </remarks>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private const string Token = "load-scenario-token";

    private readonly WebApplication _app;
    private readonly CountingDeduplicator _deduplicator;
    private long _received;

    private CallbackReceiver(WebApplication app, CountingDeduplicator deduplicator)
    {
        _app = app;
        _deduplicator = deduplicator;
        Completions = app.Services.GetRequiredService<OctaveRunCompletionRegistry>();
    }

    /// <summary>The registry the receiver completes; the <see cref="OctaveClient"/> waits on it.</summary>
    public OctaveRunCompletionRegistry Completions { get; }

    public Uri CallbackUrl { get; private set; } = null!;

    public long Received => Interlocked.Read(ref _received);

    public long Duplicates => _deduplicator.Duplicates;

    public static async Task<CallbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var deduplicator = new CountingDeduplicator(new InMemoryCallbackDeduplicator());
        builder.Services.AddSingleton<ICallbackDeduplicator>(deduplicator);
        builder.Services.AddOctaveCallbackReceiver(options =>
        {
            options.Token = Token;

            // Callbacks arrive about as fast as the starts were answered (thousands per second); a full queue makes
            // a delivery wait for room, and a delivery the emulator gives up on (5 s) is sent again, which the
            // received count (above the waits) or the duplicate count would show.
            options.QueueCapacity = 20_000;
        });
        var app = builder.Build();
        CallbackReceiver? receiver = null;
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref receiver!._received);
            return next(context);
        });
        app.MapOctaveCallbacks();
        receiver = new CallbackReceiver(app, deduplicator);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        receiver.CallbackUrl = new Uri(address, "/callbacks/octave/" + Token);
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
