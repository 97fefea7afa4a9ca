using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>The Redis names of one deployment, all under its key prefix.</summary>
internal readonly struct OctaveRedisKeys
{
    private readonly string _prefix;

    public OctaveRedisKeys(string prefix) => _prefix = prefix;

    /// <summary>The stream of accepted callbacks that handlers consume.</summary>
    public RedisKey Inbox => _prefix + "inbox";

    /// <summary>Entries that failed every delivery attempt, with their last error.</summary>
    public RedisKey DeadLetters => _prefix + "dead-letters";

    /// <summary>Published once per accepted callback: completes waiters on every instance and wakes idle consumers.</summary>
    public RedisChannel Completions => RedisChannel.Literal(_prefix + "completions");

    /// <summary>The mark that makes the first delivery of a run and status the only one handled.</summary>
    public RedisKey Seen(string deduplicationKey) => _prefix + "seen:" + deduplicationKey;

    /// <summary>A run's stored callback, for waits that start later.</summary>
    public RedisKey Run(string runId) => _prefix + "run:" + runId;
}
