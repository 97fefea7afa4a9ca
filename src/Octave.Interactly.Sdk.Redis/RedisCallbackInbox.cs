using System;
using Microsoft.Extensions.DependencyInjection;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.AspNetCore;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// The receiver's durable inbox: in one atomic script it marks the delivery as seen (<c>SET NX</c> with a TTL),
/// appends it to the inbox stream, stores it as the run's callback and publishes it. A repeat within the TTL,
/// on any instance, changes nothing. When the script does not run, nothing is marked, so Octave's retry is handled.
/// </summary>
internal sealed class RedisCallbackInbox : IOctaveCallbackInbox
{
    // KEYS: seen mark, inbox stream, run's stored callback. ARGV: dedup TTL ms, inbox max length, body,
    // received (Unix ms), retention ms, channel, published message.
    private const string AcceptScript = """
        if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then
          return 0
        end
        redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', 'body', ARGV[3], 'received', ARGV[4])
        redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[5])
        redis.call('PUBLISH', ARGV[6], ARGV[7])
        return 1
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly OctaveRedisOptions _options;
    private readonly TimeProvider _timeProvider;

    public RedisCallbackInbox(
        [FromKeyedServices(OctaveRedisServiceKey.Value)] IConnectionMultiplexer redis, OctaveRedisOptions options, TimeProvider timeProvider)
    {
        _redis = redis;
        _options = options;
        _timeProvider = timeProvider;
    }

    public async ValueTask<bool> TryAcceptAsync(OctaveCallback callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var keys = _options.Keys;
        var received = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var result = await RedisCalls.Run(
            _redis,
            _redis.GetDatabase().ScriptEvaluateAsync(
                AcceptScript,
                new[] { keys.Seen(callback.DeduplicationKey), keys.Inbox, keys.Run(callback.RunId) },
                new RedisValue[]
                {
                    (long)_options.DeduplicationTtl.TotalMilliseconds,
                    _options.InboxMaxLength,
                    callback.RawJson,
                    received,
                    (long)_options.CallbackRetention.TotalMilliseconds,
                    keys.Completions.ToString(),
                    CompletionMessage.Format(received, callback.RawJson),
                }),
            _options.StoreTimeout,
            cancellationToken).ConfigureAwait(false);
        var first = (long)result == 1;
        if (first)
        {
            RedisTelemetry.InboxAppended.Add(1);
        }

        return first;
    }
}
