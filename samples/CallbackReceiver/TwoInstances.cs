using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.Testing;

namespace CallbackReceiver;

/// <summary>
/// <c>--redis HOST:PORT</c>: two instances of this app (ports 5090 and 5091) share one Redis, as two replicas behind
/// a load balancer would. Runs are started and awaited on instance 1 while their callbacks are spread over both;
/// each run completes on instance 1 whichever instance received its callback, and each callback is handled once.
/// </summary>
internal static class TwoInstances
{
    public const string Option = "--redis";

    public static string? RedisAddress(string[] args)
    {
        var index = Array.IndexOf(args, Option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static async Task RunAsync(ReceiverSettings settings, WorkflowEmulator? emulator, string redis)
    {
        // Every instance must accept the same callback URL token.
        var token = CallbackUrls.NewToken();

        // Both instances share one key prefix. The emulator numbers its runs the same way on every start, so each
        // start on the emulator gets a fresh prefix: runs of an earlier start must not count as seen.
        var keyPrefix = "callback-receiver-sample:" + (emulator is null ? string.Empty : Guid.NewGuid().ToString("N")[..8] + ":");
        await using var first = await StartAsync("instance-1", "http://127.0.0.1:5090", settings, emulator, redis, token, keyPrefix);
        await using var second = await StartAsync("instance-2", "http://127.0.0.1:5091", settings, emulator, redis, token, keyPrefix);
        var log = first.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CallbackReceiver");
        log.LogInformation("Two instances on {Redis}: http://127.0.0.1:5090 and http://127.0.0.1:5091. Ctrl+C stops both.", redis);

        if (emulator is not null)
        {
            // A load balancer would pick the instance; here the runs alternate between the two callback URLs.
            var octave = first.Services.GetRequiredService<OctaveClient>();
            var urls = new[] { CallbackUrlOf(settings, "http://127.0.0.1:5090", token), CallbackUrlOf(settings, "http://127.0.0.1:5091", token) };
            var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
                octave.RunWorkflowAsync(settings.WorkflowOId, options: new StartRunOptions { CallbackUrl = urls[i % 2] })));
            foreach (var result in results)
            {
                log.LogInformation("instance-1 awaited run {RunId}: {State}, completed by {CompletedBy}", result.JobOId, result.State, result.CompletedBy);
            }
        }

        await first.WaitForShutdownAsync();
    }

    private static string CallbackUrlOf(ReceiverSettings settings, string listenUrl, string token) =>
        CallbackUrls.Create(new Uri(settings.CallbackBase(listenUrl), "callbacks/octave"), token).Url.AbsoluteUri;

    private static async Task<WebApplication> StartAsync(string name, string listenUrl, ReceiverSettings settings, WorkflowEmulator? emulator, string redis, string token, string keyPrefix)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.WebHost.UseUrls(listenUrl);
        builder.Services.AddSingleton(new InstanceName(name));
        builder.Services.AddSingleton<CompletionBoard>();
        builder.Services.AddOctaveCallbackReceiver(options => options.Token = token);
        builder.Services.AddOctaveCallbackHandler<InstanceCallbackHandler>();
        builder.Services.AddWorkflowClients(options =>
        {
            if (emulator is not null)
            {
                options.Octave.ApiKey = "callback-receiver";
                options.Octave.BaseUrl = emulator.OctaveBaseUrl;
            }

            options.OctaveClient.CallbackUrl = CallbackUrlOf(settings, listenUrl, token);
        })
        .AddRedis(redis, options => options.KeyPrefix = keyPrefix);

        var app = builder.Build();
        app.MapOctaveCallbacks("/callbacks/octave/{token}");
        app.MapRunEndpoints(settings.WorkflowOId);
        await app.StartAsync();
        return app;
    }
}

/// <summary>Which of the two instances a service runs in.</summary>
internal sealed record InstanceName(string Value);

/// <summary>Logs which instance handled each callback: every callback is handled by exactly one of them.</summary>
internal sealed class InstanceCallbackHandler(InstanceName instance, CompletionBoard board, ILogger<InstanceCallbackHandler> logger) : IOctaveCallbackHandler
{
    public Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken = default)
    {
        board.Completed(callback);
        logger.LogInformation("{Instance} handled the callback of run {RunId} ({Status})", instance.Value, callback.RunId, callback.Status);
        return Task.CompletedTask;
    }
}
