using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Benchmarks.Quick;

namespace Octave.Interactly.Sdk.Benchmarks.Load;

/// <summary>
/// <c>--scenario redis --redis HOST:PORT</c>: the Redis scale-out against the in-memory receiver. Callbacks accepted
/// per second (distinct callbacks POSTed by 64 concurrent senders), latency from a callback's POST to the completion
/// of a wait on it (same instance, and POSTed to another instance), and the managed memory held per in-flight wait.
/// Every receiver is a real Kestrel app in this process; the Redis is the one given.
/// </summary>
internal static class RedisScenario
{
    public const string Name = "redis";

    private const string Token = "redis-scenario-token";
    private const int Senders = 64;

    public static async Task<JsonObject> RunAsync(Arguments arguments)
    {
        var redis = arguments.Text("redis") ?? Environment.GetEnvironmentVariable("OCTAVE_SDK_TEST_REDIS")
            ?? throw new FormatException("--scenario redis needs --redis HOST:PORT (or OCTAVE_SDK_TEST_REDIS).");
        var callbacks = arguments.Number("callbacks", 10_000);
        var samples = arguments.Number("samples", 2_000);
        var waits = arguments.Number("waits", 10_000);
        var prefix = $"bench-{Guid.NewGuid():N}:";
        var result = new JsonObject
        {
            ["scenario"] = Name,
            ["machine"] = MachineInfo.Describe(),
            ["loadAverageAtStart"] = MachineInfo.LoadAverage(),
        };

        await using var inMemory = await Receiver.StartAsync(null, prefix);
        await using var a = await Receiver.StartAsync(redis, prefix);
        await using var b = await Receiver.StartAsync(redis, prefix);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = Senders }) { Timeout = TimeSpan.FromSeconds(30) };

        // A short warm-up of each path, so JIT and connection set-up are not measured.
        await AcceptedPerSecondAsync(http, inMemory, 500, "warm-mem");
        await AcceptedPerSecondAsync(http, a, 500, "warm-redis");

        result["acceptedPerSecond"] = new JsonObject
        {
            ["callbacks"] = callbacks,
            ["senders"] = Senders,
            ["inMemory"] = await AcceptedPerSecondAsync(http, inMemory, callbacks, "thr-mem"),
            ["redis"] = await AcceptedPerSecondAsync(http, a, callbacks, "thr-redis"),
        };
        result["loadAverageAfterThroughput"] = MachineInfo.LoadAverage();

        result["callbackToWaiterLatency"] = new JsonObject
        {
            ["samples"] = samples,
            ["inMemorySameInstance"] = await LatencyAsync(http, inMemory, inMemory, samples, "lat-mem"),
            ["redisSameInstance"] = await LatencyAsync(http, a, a, samples, "lat-same"),
            ["redisCrossInstance"] = await LatencyAsync(http, a, b, samples, "lat-cross"),
        };
        result["loadAverageAfterLatency"] = MachineInfo.LoadAverage();

        result["inFlightWaits"] = new JsonObject
        {
            ["inMemory"] = await WaitMemoryAsync(http, inMemory, inMemory, waits, "mem-mem"),
            ["redisCompletedFromAnotherInstance"] = await WaitMemoryAsync(http, a, b, waits, "mem-redis"),
        };
        result["loadAverageAtEnd"] = MachineInfo.LoadAverage();
        return result;
    }

    private static async Task<JsonObject> AcceptedPerSecondAsync(HttpClient http, Receiver receiver, int count, string tag)
    {
        var next = -1;
        var refused = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                using var response = await receiver.PostAsync(http, $"wfj_{tag}_{index}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new JsonObject
        {
            ["perSecond"] = Math.Round(count / seconds),
            ["seconds"] = Math.Round(seconds, 2),
            ["notAnswered200"] = refused,
        };
    }

    private static async Task<JsonObject> LatencyAsync(HttpClient http, Receiver waiter, Receiver postTo, int count, string tag)
    {
        // Eight at a time: enough to overlap network round trips, few enough that queueing does not dominate.
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var runId = $"wfj_{tag}_{index}";
                var wait = waiter.Registry.WaitAsync(runId);
                var posted = Stopwatch.GetTimestamp();
                using var response = await postTo.PostAsync(http, runId);
                await wait.WaitAsync(TimeSpan.FromSeconds(30));
                latencies.Add(Stopwatch.GetElapsedTime(posted).TotalMilliseconds);
            }
        }));
        return LatencyStats.Describe(latencies.ToArray());
    }

    private static async Task<JsonObject> WaitMemoryAsync(HttpClient http, Receiver waiter, Receiver postTo, int count, string tag)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var pending = Enumerable.Range(0, count).Select(index => waiter.Registry.WaitAsync($"wfj_{tag}_{index}")).ToArray();
        var during = GC.GetTotalMemory(forceFullCollection: true);

        // Then every wait is completed by a callback POSTed to postTo, to show none was lost.
        var started = Stopwatch.GetTimestamp();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                using var response = await postTo.PostAsync(http, $"wfj_{tag}_{index}");
            }
        }));
        await Task.WhenAll(pending).WaitAsync(TimeSpan.FromSeconds(120));
        return new JsonObject
        {
            ["waits"] = count,
            ["managedBytesHeld"] = during - before,
            ["bytesPerWait"] = Math.Round((during - before) / (double)count),
            ["allCompletedInSeconds"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 2),
        };
    }

    /// <summary>A receiver app: in-memory when <c>redis</c> is null, else with <c>AddRedis</c>.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private Receiver(WebApplication app, Uri callbackUrl)
        {
            _app = app;
            CallbackUrl = callbackUrl;
            Registry = app.Services.GetRequiredService<OctaveRunCompletionRegistry>();
        }

        public Uri CallbackUrl { get; }

        public OctaveRunCompletionRegistry Registry { get; }

        public static async Task<Receiver> StartAsync(string? redis, string prefix)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            var clients = builder.Services.AddWorkflowClients(options => options.Octave.ApiKey = "benchmark-key");
            if (redis is not null)
            {
                clients.AddRedis(redis, options => options.KeyPrefix = prefix);
            }

            builder.Services.AddOctaveCallbackReceiver(options =>
            {
                options.Token = Token;
                options.QueueCapacity = 50_000;
            });
            var app = builder.Build();
            app.MapOctaveCallbacks("/callbacks/octave/{token}");
            await app.StartAsync();
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            return new Receiver(app, new Uri(address, "/callbacks/octave/" + Token));
        }

        public Task<HttpResponseMessage> PostAsync(HttpClient http, string runId) =>
            http.PostAsync(CallbackUrl, new StringContent("{\"jobOId\":\"" + runId + "\",\"status\":\"succeeded\",\"workflowOId\":\"caw_benchmark\",\"output\":{\"ok\":true}}", Encoding.UTF8, "application/json"));

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
