using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Redis.Tests.Support;
using StackExchange.Redis;

namespace Octave.Interactly.Sdk.Redis.Tests;

/// <summary>
/// Three instances behind a load balancer, one Redis, the emulator as Octave: runs awaited on one instance complete
/// by callbacks that land on any of them, while an instance dies mid-way.
/// </summary>
public sealed class ScaleOutTests
{
    private const int Runs = 1000;

    [Test]
    public async Task A_thousand_runs_awaited_on_A_complete_by_callback_while_B_dies_and_its_entries_are_claimed()
    {
        await using var redis = await RedisServer.SharedOrStartAsync();
        await using var cluster = await Cluster.StartAsync(redis, new[] { "A", "B", "C" });
        using var inspect = redis.Connect();
        var db = inspect.GetDatabase();
        var a = cluster["A"];
        var b = cluster["B"];

        // Past half-way, B's handlers hang (as on an instance about to crash), so B is holding entries when it dies.
        var bHung = 0;
        cluster.Ledger.Behaviour = (host, _, cancellationToken) =>
        {
            if (host != "B" || cluster.Ledger.CompletedCount < Runs / 2)
            {
                return Task.CompletedTask;
            }

            Interlocked.Increment(ref bHung);
            return Task.Delay(Timeout.Infinite, cancellationToken);
        };

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var runs = Enumerable.Range(0, Runs)
            .Select(_ => a.Octave.RunWorkflowAsync(Cluster.Workflow, cancellationToken: limit.Token))
            .ToArray();

        var bConsumer = b.RedisOptions.ConsumerName;
        StreamPendingMessageInfo[] heldByB = Array.Empty<StreamPendingMessageInfo>();
        await HandlerLedger.EventuallyAsync(
            () =>
            {
                // Killed only when every entry B holds is one it hangs on: an entry B had handled but not yet
                // acknowledged would be handled again after the crash, which is at-least-once by design.
                var hung = Volatile.Read(ref bHung);
                heldByB = db.StreamPendingMessages(cluster.InboxKey, cluster.ConsumerGroup, 1000, bConsumer);
                return hung > 0 && heldByB.Length == hung;
            },
            "B held only entries it hangs on");
        await b.KillAsync();
        cluster.Balancer.SetTargets(new[] { a.BaseAddress, cluster["C"].BaseAddress });

        var results = await Task.WhenAll(runs);
        await HandlerLedger.EventuallyAsync(
            () => cluster.Ledger.CompletionsByKey.Count >= Runs && db.StreamPending(cluster.InboxKey, cluster.ConsumerGroup).PendingMessageCount == 0,
            "every callback was handled and acknowledged");
        var heldIds = heldByB.Select(p => p.MessageId).ToHashSet();
        var heldEntries = db.StreamRange(cluster.InboxKey).Where(entry => heldIds.Contains(entry.Id)).ToArray();
        var heldKeys = heldEntries.Select(entry => OctaveCallbackParser.Parse((byte[])entry["body"]!).DeduplicationKey).ToHashSet();
        var pending = db.StreamPending(cluster.InboxKey, cluster.ConsumerGroup);

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.CompletedBy), Has.All.EqualTo(RunCompletedBy.Callback), "every run completed on A by callback");
            Assert.That(results.Select(r => r.Succeeded), Has.All.True);
            Assert.That(results.Select(r => r.Output), Has.All.Not.Null, "a workflow's output arrives only by callback");
            Assert.That(cluster.StatusPolls, Is.Zero, "no status poll was sent at all, so none after a callback arrived");
            Assert.That(cluster.Ledger.CompletionsByKey, Has.Count.EqualTo(Runs), "0 callbacks lost");
            Assert.That(cluster.Ledger.CompletionsByKey.Values, Has.All.EqualTo(1), "each callback's handlers ran once across the hosts");
            Assert.That(heldEntries, Has.Length.EqualTo(heldIds.Count), "B's entries are still in the stream");
            var heldHandledBy = cluster.Ledger.Completed.Where(c => heldKeys.Contains(c.Callback.DeduplicationKey)).Select(c => c.Host).ToArray();
            Assert.That(heldHandledBy, Has.Length.EqualTo(heldKeys.Count), "each of B's pending entries was handled once");
            Assert.That(heldHandledBy, Has.None.EqualTo("B"), "B's pending entries were claimed and handled by another host");
            Assert.That(pending.PendingMessageCount, Is.Zero, "every entry was acknowledged");
            Assert.That(db.StreamLength(cluster.DeadLettersKey), Is.Zero);
            Assert.That(cluster.Ledger.Completed.Select(c => c.Host).Distinct(), Is.EquivalentTo(new[] { "A", "B", "C" }), "the load was spread");
        });
        TestContext.Out.WriteLine($"B held {heldIds.Count} entries when it died; handled per host: "
            + string.Join(", ", cluster.Ledger.Completed.GroupBy(c => c.Host).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}")));
    }

    [Test]
    public async Task A_wait_that_starts_on_another_instance_after_the_callback_finds_it_without_polling()
    {
        await using var redis = await RedisServer.SharedOrStartAsync();
        await using var cluster = await Cluster.StartAsync(redis, new[] { "A", "B" });
        cluster.Balancer.SetTargets(new[] { cluster["A"].BaseAddress });

        var started = await cluster["A"].Octave.StartWorkflowAsync(Cluster.Workflow);
        await HandlerLedger.EventuallyAsync(() => cluster.Ledger.CompletedCount == 1, "the callback was handled");

        // B never received it and never waited: a handle rebuilt from the id (as after a restart) asks Redis first.
        var result = await cluster["B"].Octave.GetWorkflowRun(started.Id).WaitForCompletionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Callback));
            Assert.That(result.Output, Is.Not.Null);
            Assert.That(cluster.StatusPolls, Is.Zero);
        });
    }
}
