using System;
using System.Collections.Concurrent;
using System.Diagnostics;
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

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// A Kestrel callback endpoint inside the load process, as a service would host one: parse the body, complete the
/// run's wait through the <see cref="OctaveRunCompletionRegistry"/>, answer 204. It notes when each callback
/// arrived, so the scenario can tell how long a wait took to resume after its callback.
/// </summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private const string Route = "/callbacks/octave";

    private readonly WebApplication _app;
    private readonly OctaveRunCompletionRegistry _registry;
    private readonly ConcurrentDictionary<string, long> _arrivals = new(StringComparer.Ordinal);
    private long _received;
    private long _duplicates;
    private long _rejected;

    private CallbackReceiver(WebApplication app, OctaveRunCompletionRegistry registry)
    {
        _app = app;
        _registry = registry;
    }

    public Uri CallbackUrl { get; private set; } = null!;

    public long Received => Interlocked.Read(ref _received);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Rejected => Interlocked.Read(ref _rejected);

    public static async Task<CallbackReceiver> StartAsync(OctaveRunCompletionRegistry registry)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new CallbackReceiver(app, registry);
        app.MapPost(Route, receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.CallbackUrl = new Uri(new Uri(address), Route);
        return receiver;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the run's callback arrived, if it did.</summary>
    public bool TryGetArrival(string runId, out long timestamp) => _arrivals.TryGetValue(runId, out timestamp);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        Interlocked.Increment(ref _received);
        if (!OctaveCallbackParser.TryParse(body.GetBuffer().AsSpan(0, (int)body.Length), out var callback, out _))
        {
            Interlocked.Increment(ref _rejected);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        _arrivals.TryAdd(callback!.RunId, Stopwatch.GetTimestamp());
        if (!_registry.Complete(callback))
        {
            Interlocked.Increment(ref _duplicates);
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
