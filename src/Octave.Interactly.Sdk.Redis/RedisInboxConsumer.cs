using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis;

/// <summary>
/// Runs every <see cref="IOctaveCallbackHandler"/> on the entries of the shared inbox stream, through its consumer
/// group: each entry goes to one instance, and is acknowledged only when every handler succeeded. Entries that stay
/// unacknowledged for <see cref="OctaveRedisOptions.ClaimIdleTimeout"/> (a failed attempt, or an instance that
/// crashed or stopped mid-way) are claimed again by whichever instance looks first; after
/// <see cref="OctaveRedisOptions.MaxDeliveryAttempts"/> deliveries an entry moves to the dead-letter stream.
/// </summary>
internal sealed class RedisInboxConsumer : BackgroundService
{
    // KEYS: inbox. ARGV: group, consumer, entry ids. Resets the idle time of the entries this consumer still owns;
    // one another instance has claimed in the meantime is left alone, so a late keep-alive never takes it back.
    private const string KeepAliveScript = """
        local kept = 0
        for i = 3, #ARGV do
          local pending = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1)
          if pending[1] and pending[1][2] == ARGV[2] then
            redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'JUSTID')
            kept = kept + 1
          end
        end
        return kept
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly OctaveRedisOptions _options;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly InboxSignal _signal;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<RedisInboxConsumer> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentDictionary<RedisValue, Task> _inFlight = new();
    private readonly CancellationTokenSource _handlerCancellation = new();
    private readonly OctaveRedisKeys _keys;
    private DateTimeOffset _nextClaimAt;
    private DateTimeOffset _nextObservationAt;
    private DateTimeOffset _nextKeepAliveAt;

    public RedisInboxConsumer(
        [FromKeyedServices(OctaveRedisServiceKey.Value)] IConnectionMultiplexer redis,
        OctaveRedisOptions options,
        IServiceScopeFactory scopeFactory,
        InboxSignal signal,
        TimeProvider timeProvider,
        ILogger<RedisInboxConsumer> logger)
    {
        _redis = redis;
        _options = options;
        _scopeFactory = scopeFactory;
        _signal = signal;
        _timeProvider = timeProvider;
        _logger = logger;
        _slots = new SemaphoreSlim(options.HandlerConcurrency, options.HandlerConcurrency);
        _keys = options.Keys;
    }

    private IDatabase Database => _redis.GetDatabase();

    // Claiming twice per idle timeout keeps a stopped instance's entries waiting at most 1.5 timeouts.
    private TimeSpan ClaimInterval => TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, _options.ClaimIdleTimeout.Ticks / 2));

    private TimeSpan KeepAliveInterval => TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, _options.ClaimIdleTimeout.Ticks / 3));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Handlers see cancellation only when the host's shutdown deadline passes, so entries in hand may finish.
        using (cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _handlerCancellation))
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        _handlerCancellation.Dispose();
        _slots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var groupReady = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!groupReady)
                {
                    await EnsureGroupAsync().ConfigureAwait(false);
                    groupReady = true;
                }

                // Wait for a free handler slot before taking entries, so an instance never holds more than it can run.
                if (!await _slots.WaitAsync(KeepAliveInterval, stoppingToken).ConfigureAwait(false))
                {
                    await KeepAliveIfDueAsync().ConfigureAwait(false);
                    continue;
                }

                _slots.Release();

                var entries = await TakeEntriesAsync(_slots.CurrentCount).ConfigureAwait(false);
                if (entries.Count == 0)
                {
                    await KeepAliveIfDueAsync().ConfigureAwait(false);
                    await ObserveIfDueAsync().ConfigureAwait(false);
                    var now = _timeProvider.GetUtcNow();
                    var idle = Min(_options.IdlePollInterval, _nextClaimAt - now);
                    if (!_inFlight.IsEmpty)
                    {
                        idle = Min(idle, _nextKeepAliveAt - now);
                    }

                    await _signal.WaitAsync(idle > TimeSpan.Zero ? idle : TimeSpan.FromMilliseconds(1), stoppingToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var (entry, attempt) in entries)
                {
                    await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                    var handling = HandleSafelyAsync(entry, attempt);
                    _inFlight[entry.Id] = handling;
                    _ = ReleaseWhenDoneAsync(handling, entry.Id);
                }

                await KeepAliveIfDueAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or OctaveRedisUnavailableException or ObjectDisposedException)
            {
                // A Redis restarted without persistence has lost the group; it is created again on the next round.
                groupReady = !(exception is RedisServerException server && server.Message.Contains("NOGROUP", StringComparison.Ordinal));
                RedisLog.ConsumeFailed(_logger, exception, RedisCalls.Describe(_redis));
                try
                {
                    await Task.Delay(_options.IdlePollInterval, _timeProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        // Entries already in hand are finished (or cancelled at the shutdown deadline); the rest stay in the stream.
        await Task.WhenAll(_inFlight.Values.ToArray()).ConfigureAwait(false);
    }

    private async Task EnsureGroupAsync()
    {
        try
        {
            // From the stream's beginning: callbacks accepted before any consumer ever ran are handled too.
            await Database.StreamCreateConsumerGroupAsync(_keys.Inbox, _options.ConsumerGroup, StreamPosition.Beginning, createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException exception) when (exception.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // Another instance created it first.
        }
    }

    private async Task<List<(StreamEntry Entry, long Attempt)>> TakeEntriesAsync(int room)
    {
        var taken = new List<(StreamEntry, long)>();
        var now = _timeProvider.GetUtcNow();
        if (now >= _nextClaimAt)
        {
            _nextClaimAt = now + ClaimInterval;
            await ClaimAsync(room, taken).ConfigureAwait(false);
        }

        if (taken.Count < room)
        {
            var fresh = await Database.StreamReadGroupAsync(_keys.Inbox, _options.ConsumerGroup, _options.ConsumerName, StreamPosition.NewMessages, room - taken.Count).ConfigureAwait(false);
            taken.AddRange(fresh.Select(entry => (entry, 1L)));
        }

        return taken;
    }

    private async Task ClaimAsync(int room, List<(StreamEntry, long)> taken)
    {
        var claim = await Database.StreamAutoClaimAsync(
            _keys.Inbox, _options.ConsumerGroup, _options.ConsumerName, (long)_options.ClaimIdleTimeout.TotalMilliseconds, "0-0", room).ConfigureAwait(false);
        var claimed = claim.ClaimedEntries?.Where(entry => !entry.IsNull).ToArray() ?? Array.Empty<StreamEntry>();
        if (claimed.Length == 0)
        {
            return;
        }

        // Entries this instance is still handling came back only because their handler is slow: they stay in hand.
        claimed = claimed.Where(entry => !_inFlight.ContainsKey(entry.Id)).ToArray();
        if (claimed.Length == 0)
        {
            return;
        }

        RedisTelemetry.Claimed.Add(claimed.Length);
        RedisLog.Claimed(_logger, claimed.Length);
        foreach (var entry in claimed)
        {
            // The claim counted as a delivery; the pending list says how many there were in all.
            var pending = await Database.StreamPendingMessagesAsync(_keys.Inbox, _options.ConsumerGroup, 1, RedisValue.Null, entry.Id, entry.Id).ConfigureAwait(false);
            taken.Add((entry, pending.Length == 0 ? 1 : pending[0].DeliveryCount));
        }
    }

    private async Task ReleaseWhenDoneAsync(Task handling, RedisValue id)
    {
        await handling.ConfigureAwait(false);
        _inFlight.TryRemove(id, out _);
        _slots.Release();
    }

    private async Task HandleSafelyAsync(StreamEntry entry, long attempt)
    {
        try
        {
            await HandleAsync(entry, attempt).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Not acknowledged, so the entry stays pending and is claimed again after the idle timeout.
            RedisLog.ConsumeFailed(_logger, exception, RedisCalls.Describe(_redis));
        }
    }

    private async Task HandleAsync(StreamEntry entry, long attempt)
    {
        await Task.Yield();
        var body = entry["body"];
        OctaveCallback? parsed = null;
        string? parseError = "no body";
        if (body.IsNullOrEmpty || !OctaveCallbackParser.TryParse((byte[])body!, out parsed, out parseError))
        {
            await DeadLetterAsync(entry, "(unknown)", attempt, "The entry does not hold a callback: " + parseError).ConfigureAwait(false);
            return;
        }

        var callback = parsed!;
        if (attempt > _options.MaxDeliveryAttempts)
        {
            await DeadLetterAsync(entry, callback.RunId, attempt, $"Left unacknowledged {attempt - 1} times (the instance handling it stopped or crashed).").ConfigureAwait(false);
            return;
        }

        using var activity = SdkTelemetry.ActivitySource.StartActivity("octave.callback.handle", ActivityKind.Consumer);
        activity?.SetTag("octave.run_id", callback.RunId);
        activity?.SetTag("octave.callback.status", callback.Status.Value);
        activity?.SetTag("octave.inbox.entry_id", entry.Id.ToString());
        activity?.SetTag("octave.inbox.delivery", attempt);

        var failure = await RunHandlersAsync(callback, entry, attempt).ConfigureAwait(false);
        if (failure is null)
        {
            await Database.StreamAcknowledgeAsync(_keys.Inbox, _options.ConsumerGroup, entry.Id).ConfigureAwait(false);
            RedisTelemetry.Handled.Add(1);
            return;
        }

        activity?.SetStatus(ActivityStatusCode.Error, "A callback handler failed.");
        if (_handlerCancellation.IsCancellationRequested)
        {
            // Shutting down: the entry stays pending and another instance claims it; this was not the handler's fault.
            return;
        }

        RedisTelemetry.Failed.Add(1);
        if (attempt >= _options.MaxDeliveryAttempts)
        {
            await DeadLetterAsync(entry, callback.RunId, attempt, failure).ConfigureAwait(false);
        }
    }

    /// <summary>Runs every handler in one DI scope, stopping at the first failure; returns that failure, or null.</summary>
    private async Task<string?> RunHandlersAsync(OctaveCallback callback, StreamEntry entry, long attempt)
    {
        var scope = _scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IOctaveCallbackHandler>())
            {
                try
                {
                    await handler.HandleAsync(callback, _handlerCancellation.Token).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Handler code is the application's; its failure decides a retry, not the consumer's fate.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    var name = handler.GetType().FullName ?? handler.GetType().Name;
                    RedisLog.HandlerFailed(_logger, exception, name, callback.RunId, entry.Id.ToString(), attempt, _options.MaxDeliveryAttempts);
                    return $"{name}: {exception.GetType().Name}: {exception.Message}";
                }
            }
        }

        return null;
    }

    private async Task DeadLetterAsync(StreamEntry entry, string runId, long attempts, string error)
    {
        // Copy, acknowledge and delete in one transaction, so an entry is never both dead and pending.
        var transaction = Database.CreateTransaction();
        _ = transaction.StreamAddAsync(
            _keys.DeadLetters,
            new NameValueEntry[]
            {
                new("entry", entry.Id),
                new("body", entry["body"]),
                new("received", entry["received"]),
                new("attempts", attempts),
                new("error", error),
                new("consumer", _options.ConsumerName),
                new("failed", _timeProvider.GetUtcNow().ToUnixTimeMilliseconds()),
            },
            maxLength: (int)Math.Min(int.MaxValue, _options.DeadLetterMaxLength),
            useApproximateMaxLength: true);
        _ = transaction.StreamAcknowledgeAsync(_keys.Inbox, _options.ConsumerGroup, entry.Id);
        _ = transaction.StreamDeleteAsync(_keys.Inbox, new[] { entry.Id });
        await transaction.ExecuteAsync().ConfigureAwait(false);
        RedisTelemetry.DeadLettered.Add(1);
        RedisLog.DeadLettered(_logger, entry.Id.ToString(), runId, attempts, error);
    }

    /// <summary>
    /// Resets the idle time of the entries this instance is handling (a claim to itself that does not count as a
    /// delivery), so that a live instance with a slow handler keeps its entries and only a stopped one loses them.
    /// </summary>
    private async Task KeepAliveIfDueAsync()
    {
        var now = _timeProvider.GetUtcNow();
        if (now < _nextKeepAliveAt || _inFlight.IsEmpty)
        {
            return;
        }

        _nextKeepAliveAt = now + KeepAliveInterval;
        var arguments = new List<RedisValue> { _options.ConsumerGroup, _options.ConsumerName };
        arguments.AddRange(_inFlight.Keys);
        await Database.ScriptEvaluateAsync(KeepAliveScript, new[] { _keys.Inbox }, arguments.ToArray()).ConfigureAwait(false);
    }

    private static TimeSpan Min(TimeSpan left, TimeSpan right) => left < right ? left : right;

    private async Task ObserveIfDueAsync()
    {
        var now = _timeProvider.GetUtcNow();
        if (now < _nextObservationAt)
        {
            return;
        }

        _nextObservationAt = now + _options.IdlePollInterval;
        var length = Database.StreamLengthAsync(_keys.Inbox);
        var pending = Database.StreamPendingAsync(_keys.Inbox, _options.ConsumerGroup);
        RedisTelemetry.Observe(await length.ConfigureAwait(false), (await pending.ConfigureAwait(false)).PendingMessageCount);
    }
}
