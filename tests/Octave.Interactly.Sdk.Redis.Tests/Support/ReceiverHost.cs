using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Testing;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis.Tests.Support;

/// <summary>
/// One instance of a service: a real Kestrel app on its own loopback port with the SDK's clients, the callback
/// receiver and the Redis scale-out, as an application would register them.
/// </summary>
public sealed class ReceiverHost : IAsyncDisposable
{
    public const string CallbackPath = "/callbacks/octave";

    private bool _stopped;

    private ReceiverHost(string name, WebApplication app, Uri baseAddress, string token)
    {
        Name = name;
        App = app;
        BaseAddress = baseAddress;
        Token = token;
    }

    public string Name { get; }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public string Token { get; }

    public Uri CallbackUrl => new(BaseAddress, $"{CallbackPath}/{Token}");

    public OctaveClient Octave => App.Services.GetRequiredService<OctaveClient>();

    public OctaveRunCompletionRegistry Registry => App.Services.GetRequiredService<OctaveRunCompletionRegistry>();

    public IConnectionMultiplexer Redis => App.Services.GetRequiredKeyedService<IConnectionMultiplexer>(OctaveRedisServiceKey.Value);

    public OctaveRedisOptions RedisOptions => App.Services.GetRequiredService<OctaveRedisOptions>();

    public static async Task<ReceiverHost> StartAsync(
        string name,
        RedisServer redis,
        WorkflowEmulator emulator,
        HandlerLedger ledger,
        string keyPrefix,
        string token,
        Uri? clientCallbackUrl = null,
        TimeSpan? callbackFallbackInterval = null,
        Action<OctaveRedisOptions>? configureRedis = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddWorkflowClients(options =>
        {
            options.Octave.ApiKey = "test-key";
            options.Octave.BaseUrl = emulator.OctaveBaseUrl;
            options.OctaveClient.CallbackUrl = clientCallbackUrl?.AbsoluteUri;
            if (callbackFallbackInterval is { } fallback)
            {
                options.OctaveClient.CallbackFallbackInterval = fallback;
                options.OctaveClient.Polling.InitialInterval = fallback;
                options.OctaveClient.Polling.MaxInterval = fallback;
            }
        }).AddRedis(redis.Address, options =>
        {
            options.KeyPrefix = keyPrefix;
            options.ConsumerName = name + "-" + Guid.NewGuid().ToString("N");
            // Long enough that a host slowed down by a loaded machine keeps its entries; short enough for a quick test.
            options.ClaimIdleTimeout = TimeSpan.FromSeconds(2);
            options.IdlePollInterval = TimeSpan.FromMilliseconds(50);
            options.StoreTimeout = TimeSpan.FromSeconds(2);
            configureRedis?.Invoke(options);
        });
        builder.Services.AddOctaveCallbackReceiver(options => options.Token = token);
        builder.Services.AddSingleton<IOctaveCallbackHandler>(new LedgerHandler(name, ledger));

        var app = builder.Build();
        app.MapOctaveCallbacks(CallbackPath + "/{token}");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReceiverHost(name, app, new Uri(address), token);
    }

    /// <summary>
    /// Stops the instance as a crash would: its Redis connection is cut first, so nothing in hand is acknowledged, and
    /// the host gets no time to drain.
    /// </summary>
    public async Task KillAsync()
    {
        _stopped = true;
        await Redis.CloseAsync(allowCommandsToComplete: false);
        using var noGrace = new CancellationTokenSource();
        await noGrace.CancelAsync();
        try
        {
            await App.StopAsync(noGrace.Token);
        }
        catch (OperationCanceledException)
        {
        }

        await App.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
