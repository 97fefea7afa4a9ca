using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>Bounds a Redis call by a timeout and turns its failure into an error that names the server, never a password.</summary>
internal static class RedisCalls
{
    public static async Task<T> Run<T>(IConnectionMultiplexer redis, Task<T> call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await call.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            throw new OctaveRedisUnavailableException(Describe(redis), exception);
        }
    }

    /// <summary>The server endpoints, as configured: no password, no other option.</summary>
    public static string Describe(IConnectionMultiplexer redis)
    {
        var endpoints = redis.GetEndPoints(configuredOnly: true);
        return endpoints.Length == 0 ? "(no endpoint)" : string.Join(",", endpoints.Select(endpoint => endpoint.ToString()));
    }
}
