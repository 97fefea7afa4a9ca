namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// The DI key of the Redis connection this package uses, kept apart from any <c>IConnectionMultiplexer</c> the
/// application registers for itself.
/// </summary>
public static class OctaveRedisServiceKey
{
    /// <summary>The key: resolve the connection with <c>GetRequiredKeyedService&lt;IConnectionMultiplexer&gt;(OctaveRedisServiceKey.Value)</c>.</summary>
    public const string Value = "Octave.Interactly.Sdk.Redis";
}
