using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Redis.Tests.Support;

namespace Octave.Interactly.Sdk.Redis.Tests;

/// <summary>Repeated deliveries across hosts, and an entry whose handler always fails.</summary>
public sealed class DuplicateAndPoisonTests
{
    [Test]
    public async Task Each_delivery_sent_to_three_hosts_at_once_is_handled_once()
    {
        const int runs = 100;
        await using var redis = await RedisServer.SharedOrStartAsync();
        await using var cluster = await Cluster.StartAsync(redis, new[] { "A", "B", "C" });
        using var inspect = redis.Connect();
        cluster.Balancer.FanOut = true;

        var results = await Task.WhenAll(Enumerable.Range(0, runs).Select(_ => cluster["A"].Octave.RunWorkflowAsync(Cluster.Workflow)));
        await HandlerLedger.EventuallyAsync(() => cluster.Ledger.CompletedCount >= runs, "every callback was handled");
        await Task.Delay(100);

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.CompletedBy), Has.All.EqualTo(RunCompletedBy.Callback));
            Assert.That(cluster.Balancer.Answers.Count, Is.GreaterThanOrEqualTo(3 * runs), "each delivery reached all three hosts");
            Assert.That(cluster.Balancer.Answers, Has.All.EqualTo(200), "repeats are answered 200 too");
            Assert.That(cluster.Ledger.CompletionsByKey, Has.Count.EqualTo(runs));
            Assert.That(cluster.Ledger.CompletionsByKey.Values, Has.All.EqualTo(1), "each delivery's handlers ran once");
            Assert.That(inspect.GetDatabase().StreamLength(cluster.InboxKey), Is.EqualTo(runs), "only the first of each delivery entered the inbox");
        });
    }

    [Test]
    public async Task A_poison_entry_ends_in_the_dead_letter_stream_after_its_attempts_while_the_others_flow()
    {
        const int runs = 20;
        const int maxAttempts = 3;
        await using var redis = await RedisServer.SharedOrStartAsync();
        await using var cluster = await Cluster.StartAsync(redis, new[] { "A", "B" }, configureRedis: options =>
        {
            options.MaxDeliveryAttempts = maxAttempts;
            // Retries come after this; shorter ones let a host stalled by a loaded machine lose entries it still handles.
            options.ClaimIdleTimeout = TimeSpan.FromSeconds(1);
        });
        using var inspect = redis.Connect();
        var db = inspect.GetDatabase();

        // The first callback any host handles is the poison one: its handler throws on every delivery.
        string? poisonKey = null;
        cluster.Ledger.Behaviour = (_, callback, _) =>
        {
            var poison = Interlocked.CompareExchange(ref poisonKey, callback.DeduplicationKey, null) ?? callback.DeduplicationKey;
            return poison == callback.DeduplicationKey ? throw new InvalidOperationException("This callback cannot be handled.") : Task.CompletedTask;
        };
        var all = await Task.WhenAll(Enumerable.Range(0, runs + 1).Select(_ => cluster["A"].Octave.RunWorkflowAsync(Cluster.Workflow)));
        await HandlerLedger.EventuallyAsync(() => db.StreamLength(cluster.DeadLettersKey) == 1, "the poison entry was dead-lettered");

        var dead = db.StreamRange(cluster.DeadLettersKey).Single();
        Assert.Multiple(() =>
        {
            Assert.That(all.Select(r => r.CompletedBy), Has.All.EqualTo(RunCompletedBy.Callback), "the poison run's waiter completed too: waiting does not depend on handlers");
            Assert.That(cluster.Ledger.CompletionsByKey, Has.Count.EqualTo(runs), "every other callback was handled");
            Assert.That(cluster.Ledger.CompletionsByKey.Values, Has.All.EqualTo(1));
            Assert.That(cluster.Ledger.Completed.Select(c => c.Callback.DeduplicationKey), Has.None.EqualTo(poisonKey));
            Assert.That(cluster.Ledger.AttemptsOf(poisonKey!), Is.EqualTo(maxAttempts), "the poison entry was tried exactly N times");
            Assert.That((string?)dead["attempts"], Is.EqualTo(maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That((string?)dead["error"], Does.Contain("InvalidOperationException").And.Contain("This callback cannot be handled."));
            Assert.That(OctaveCallbackParser.Parse((byte[])dead["body"]!).DeduplicationKey, Is.EqualTo(poisonKey));
            Assert.That(db.StreamPending(cluster.InboxKey, cluster.ConsumerGroup).PendingMessageCount, Is.Zero);
            Assert.That(db.StreamLength(cluster.InboxKey), Is.EqualTo(runs), "the dead entry left the inbox");
        });
    }
}
