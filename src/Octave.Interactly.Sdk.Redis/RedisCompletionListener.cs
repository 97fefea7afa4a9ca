using System;
using Microsoft.Extensions.DependencyInjection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// Completes this instance's waiters with callbacks received by any instance: every accepted callback is published,
/// and each instance hands it to its own <see cref="OctaveRunCompletionRegistry"/>. It also wakes the inbox consumers.
/// </summary>
internal sealed class RedisCompletionListener : BackgroundService
{
    private readonly IConnectionMultiplexer _redis;
    private readonly OctaveRedisOptions _options;
    private readonly OctaveRunCompletionRegistry _registry;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RedisCompletionListener> _logger;
    private ChannelMessageQueue? _queue;

    public RedisCompletionListener(
        [FromKeyedServices(OctaveRedisServiceKey.Value)] IConnectionMultiplexer redis,
        OctaveRedisOptions options,
        OctaveRunCompletionRegistry registry,
        InboxSignal signal,
        TimeProvider timeProvider,
        ILogger<RedisCompletionListener> logger)
    {
        _redis = redis;
        _options = options;
        _registry = registry;
        _signal = signal;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_queue is { } queue)
        {
            try
            {
                await queue.UnsubscribeAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
            {
                // The connection is already gone, and the subscription with it.
            }
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The client library re-subscribes after a reconnect by itself; only the first subscription needs retrying.
        while (_queue is null)
        {
            try
            {
                _queue = await _redis.GetSubscriber().SubscribeAsync(_options.Keys.Completions).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                RedisLog.SubscribeFailed(_logger, exception, RedisCalls.Describe(_redis));
                await Task.Delay(_options.IdlePollInterval, _timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }

        _queue.OnMessage(message => Complete(message.Message));
        _signal.Set();
    }

    private void Complete(RedisValue message)
    {
        _signal.Set();
        if (!CompletionMessage.TryParse(message, out var receivedAt, out var callback))
        {
            return;
        }

        try
        {
            var awaited = _registry.IsAwaited(callback!.RunId);
            if (_registry.Complete(callback) && awaited)
            {
                var latency = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds() - receivedAt;
                RedisTelemetry.CompletionLatency.Record(Math.Max(0, latency) / 1000.0);
            }
        }
#pragma warning disable CA1031 // A listener that dies on one message would leave every later wait to polling.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            RedisLog.CompletionFailed(_logger, exception, callback!.RunId);
        }
    }
}
