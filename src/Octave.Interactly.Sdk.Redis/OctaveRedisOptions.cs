using System;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// Settings of the Redis scale-out registered by <c>AddRedis</c>. Every instance of a service must use the same
/// <see cref="KeyPrefix"/>; each one then shares the inbox, the duplicate marks and the stored callbacks.
/// </summary>
public sealed class OctaveRedisOptions
{
    /// <summary>The default <see cref="KeyPrefix"/>.</summary>
    public const string DefaultKeyPrefix = "octave-sdk:";

    /// <summary>
    /// The prefix of every Redis key and channel this package uses, so that several services (or environments) can
    /// share one Redis. Default <c>octave-sdk:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = DefaultKeyPrefix;

    /// <summary>The consumer group that every instance's handlers read the inbox through. Default <c>callback-handlers</c>.</summary>
    public string ConsumerGroup { get; set; } = "callback-handlers";

    /// <summary>
    /// This instance's name in the consumer group. Defaults to the machine name, the process id and a random suffix,
    /// so that a restarted instance never mistakes another one's pending entries for its own.
    /// </summary>
    public string ConsumerName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>
    /// The inbox stream is trimmed to about this many entries as callbacks are appended. Entries trimmed before a
    /// handler acknowledged them are lost, so keep it well above the backlog you expect. Default 100,000.
    /// </summary>
    public long InboxMaxLength { get; set; } = 100_000;

    /// <summary>The dead-letter stream is trimmed to about this many entries. Default 10,000.</summary>
    public long DeadLetterMaxLength { get; set; } = 10_000;

    /// <summary>
    /// How long an entry may stay unacknowledged before any instance claims it: the time after which the work of a
    /// crashed or stopped instance is taken over, and the delay before a failed entry is tried again. A handler that
    /// runs longer than this may see its entry handled a second time elsewhere. Default 30 seconds.
    /// </summary>
    public TimeSpan ClaimIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many deliveries an entry gets before it moves to the dead-letter stream. Default 5.</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>How long a delivery is remembered, so that a repeat within it is not handled again. Default 24 hours.</summary>
    public TimeSpan DeduplicationTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a run's callback is kept in Redis for waits that start later, on any instance.
    /// Default 15 minutes, as <see cref="OctaveRunCompletionRegistry.DefaultRetention"/>.
    /// </summary>
    public TimeSpan CallbackRetention { get; set; } = OctaveRunCompletionRegistry.DefaultRetention;

    /// <summary>How many inbox entries this instance handles at the same time. Default 16.</summary>
    public int HandlerConcurrency { get; set; } = 16;

    /// <summary>
    /// How often an idle instance looks at the inbox when no new callback was announced (announcements wake it at
    /// once; this covers one that was missed while disconnected). Default 1 second.
    /// </summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the receiver waits for Redis to store a callback before it answers 503. Default 5 seconds.</summary>
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentException">A value is invalid; the exception names it.</exception>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(KeyPrefix), nameof(KeyPrefix), "must not be empty");
        Require(!string.IsNullOrWhiteSpace(ConsumerGroup), nameof(ConsumerGroup), "must not be empty");
        Require(!string.IsNullOrWhiteSpace(ConsumerName), nameof(ConsumerName), "must not be empty");
        Require(InboxMaxLength > 0, nameof(InboxMaxLength), "must be positive");
        Require(DeadLetterMaxLength > 0, nameof(DeadLetterMaxLength), "must be positive");
        Require(ClaimIdleTimeout > TimeSpan.Zero, nameof(ClaimIdleTimeout), "must be positive");
        Require(MaxDeliveryAttempts > 0, nameof(MaxDeliveryAttempts), "must be positive");
        Require(DeduplicationTtl > TimeSpan.Zero, nameof(DeduplicationTtl), "must be positive");
        Require(CallbackRetention > TimeSpan.Zero, nameof(CallbackRetention), "must be positive");
        Require(HandlerConcurrency > 0, nameof(HandlerConcurrency), "must be positive");
        Require(IdlePollInterval > TimeSpan.Zero, nameof(IdlePollInterval), "must be positive");
        Require(StoreTimeout > TimeSpan.Zero, nameof(StoreTimeout), "must be positive");
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"OctaveRedisOptions {{ KeyPrefix = {KeyPrefix}, ConsumerGroup = {ConsumerGroup}, ConsumerName = {ConsumerName}, ClaimIdleTimeout = {ClaimIdleTimeout}, MaxDeliveryAttempts = {MaxDeliveryAttempts} }}";

    internal OctaveRedisKeys Keys => new(KeyPrefix);

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"OctaveRedisOptions.{name} {problem}.", name);
        }
    }
}
