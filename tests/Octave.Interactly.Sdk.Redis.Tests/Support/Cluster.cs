using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis.Tests.Support;

/// <summary>
/// Several receiver hosts behind one load balancer, sharing one Redis (under a key prefix of their own) and the
/// emulator as Octave. Host "A" is the one whose client starts and awaits runs.
/// </summary>
public sealed class Cluster : IAsyncDisposable
{
    public const string Workflow = "caw_demo_enrich";

    private readonly List<ReceiverHost> _hosts = new();

    private Cluster(RedisServer redis, WorkflowEmulator emulator, LoadBalancer balancer, string keyPrefix, string token)
    {
        Redis = redis;
        Emulator = emulator;
        Balancer = balancer;
        KeyPrefix = keyPrefix;
        Token = token;
    }

    public RedisServer Redis { get; }

    public WorkflowEmulator Emulator { get; }

    public LoadBalancer Balancer { get; }

    public HandlerLedger Ledger { get; } = new();

    public string KeyPrefix { get; }

    public string Token { get; }

    public IReadOnlyList<ReceiverHost> Hosts => _hosts;

    public ReceiverHost this[string name] => _hosts.Single(host => host.Name == name);

    public Uri CallbackUrl => new(Balancer.BaseAddress, $"{ReceiverHost.CallbackPath}/{Token}");

    public int StatusPolls => Emulator.Journal.Count("GET", "/api/v2/workflows/run/status");

    public static async Task<Cluster> StartAsync(
        RedisServer redis,
        IEnumerable<string> hostNames,
        TimeSpan? callbackFallbackInterval = null,
        Action<OctaveRedisOptions>? configureRedis = null,
        int callbackMaxAttempts = 10)
    {
        var emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions
        {
            JobPendingMilliseconds = 10,
            JobRunningMilliseconds = 30,
            CallbackInitialRetryDelayMilliseconds = 10,
            CallbackMaxAttempts = callbackMaxAttempts,
            CallbackTimeoutMilliseconds = 5000,
            JournalCapacity = 50_000,
            JournalCaptureBodies = false,
        });
        var balancer = await LoadBalancer.StartAsync();
        var cluster = new Cluster(redis, emulator, balancer, $"test-{Guid.NewGuid():N}:", CallbackUrls.NewToken());
        foreach (var name in hostNames)
        {
            cluster._hosts.Add(await ReceiverHost.StartAsync(
                name, redis, emulator, cluster.Ledger, cluster.KeyPrefix, cluster.Token, cluster.CallbackUrl, callbackFallbackInterval, configureRedis));
        }

        balancer.SetTargets(cluster._hosts.Select(host => host.BaseAddress));
        return cluster;
    }

    public RedisKey InboxKey => KeyPrefix + "inbox";

    public RedisKey DeadLettersKey => KeyPrefix + "dead-letters";

    public string ConsumerGroup => _hosts[0].RedisOptions.ConsumerGroup;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await Balancer.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
