using System;
using Microsoft.Extensions.DependencyInjection;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>Serves the callbacks stored by <see cref="RedisCallbackInbox"/> to waits that start later, on any instance.</summary>
internal sealed class RedisCallbackStore : IOctaveCallbackStore
{
    private readonly IConnectionMultiplexer _redis;
    private readonly OctaveRedisOptions _options;

    public RedisCallbackStore(
        [FromKeyedServices(OctaveRedisServiceKey.Value)] IConnectionMultiplexer redis, OctaveRedisOptions options)
    {
        _redis = redis;
        _options = options;
    }

    public async ValueTask<OctaveCallback?> FindAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        var stored = await RedisCalls.Run(
            _redis,
            _redis.GetDatabase().StringGetAsync(_options.Keys.Run(runId)),
            _options.StoreTimeout,
            cancellationToken).ConfigureAwait(false);
        return stored.IsNullOrEmpty
            ? null
            : OctaveCallbackParser.TryParse((byte[])stored!, out var callback, out _) ? callback : null;
    }
}
