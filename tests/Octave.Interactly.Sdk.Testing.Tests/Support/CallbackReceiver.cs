using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Testing.Tests.Support;

/// <summary>A tiny callback receiver on loopback that answers with scripted status codes and records what it got.</summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> scriptedStatuses;

    private CallbackReceiver(WebApplication app, IEnumerable<int> statuses)
    {
        this.app = app;
        scriptedStatuses = new ConcurrentQueue<int>(statuses);
    }

    public ConcurrentQueue<(string Body, string? Attempt, string? ContentType)> Received { get; } = new();

    public Uri Url { get; private set; } = null!;

    /// <summary>Starts a receiver answering the given statuses in turn, then 200 for ever.</summary>
    public static async Task<CallbackReceiver> StartAsync(params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new CallbackReceiver(app, statuses);
        app.MapPost("/callback/{token}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            string body = await reader.ReadToEndAsync();
            receiver.Received.Enqueue((body, http.Request.Headers["x-octave-delivery-attempt"], http.Request.ContentType));
            http.Response.StatusCode = receiver.scriptedStatuses.TryDequeue(out int status) ? status : 200;
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/callback/tok123");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
