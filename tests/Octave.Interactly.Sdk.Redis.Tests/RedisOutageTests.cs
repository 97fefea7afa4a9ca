using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Redis.Tests.Support;

namespace Octave.Interactly.Sdk.Redis.Tests;

/// <summary>Redis stops mid-test: callbacks are refused with 503, waits poll, and everything resumes when it returns.</summary>
public sealed class RedisOutageTests
{
    private const string Callback = """{"jobOId":"wfj_outage_probe","status":"succeeded","workflowOId":"caw_demo_enrich"}""";

    [Test]
    public async Task Receivers_answer_503_waits_poll_and_the_flow_resumes_when_Redis_returns()
    {
        await using var redis = await RedisServer.StartOwnAsync();
        await using var cluster = await Cluster.StartAsync(redis, new[] { "A", "B" }, callbackFallbackInterval: TimeSpan.FromMilliseconds(100), callbackMaxAttempts: 12);
        using var http = new HttpClient();
        var a = cluster["A"];

        // Outside the outage a wait polls rarely, so only a broken callback path could let polling win on a loaded machine.
        var slowPolling = new PollingOptions { InitialInterval = TimeSpan.FromSeconds(30), MaxInterval = TimeSpan.FromSeconds(30) };
        var before = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => a.Octave.RunWorkflowAsync(Cluster.Workflow, polling: slowPolling)));

        await redis.KillAsync();
        using var refused = await http.PostAsync(cluster["B"].CallbackUrl, new StringContent(Callback, Encoding.UTF8, "application/json"));
        var pollsBefore = cluster.StatusPolls;
        var during = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => a.Octave.RunWorkflowAsync(Cluster.Workflow)));
        var refusedDeliveries = cluster.Emulator.CallbackDeliveries.Attempts.Count(attempt => attempt.StatusCode == 503);

        await redis.RestartAsync();
        await HandlerLedger.EventuallyAsync(() => a.Redis.IsConnected && cluster["B"].Redis.IsConnected, "both hosts reconnected");
        await HandlerLedger.EventuallyAsync(
            () => during.All(run => cluster.Ledger.Completed.Any(c => c.Callback.RunId == run.JobOId)),
            "the callbacks refused during the outage were delivered again and handled");

        // A's subscription is back once a callback accepted by B completes a wait on A.
        await HandlerLedger.EventuallyAsync(
            () =>
            {
                var probe = "wfj_probe_" + Guid.NewGuid().ToString("N");
                var wait = a.Registry.WaitAsync(probe);
                using var accepted = http.PostAsync(cluster["B"].CallbackUrl, new StringContent(Callback.Replace("wfj_outage_probe", probe, StringComparison.Ordinal), Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
                return wait.Wait(TimeSpan.FromSeconds(1));
            },
            "callbacks received by B complete waits on A again",
            maxSteps: 300);
        var after = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => a.Octave.RunWorkflowAsync(Cluster.Workflow, polling: slowPolling)));

        Assert.Multiple(() =>
        {
            Assert.That(before.Select(r => r.CompletedBy), Has.All.EqualTo(RunCompletedBy.Callback));
            Assert.That((int)refused.StatusCode, Is.EqualTo(503), "a callback that cannot be stored is refused, so Octave retries");
            Assert.That(refusedDeliveries, Is.GreaterThan(0), "the emulator's deliveries were refused with 503 during the outage");
            Assert.That(during.Select(r => r.CompletedBy), Has.All.EqualTo(RunCompletedBy.Polling), "waits fell back to polling");
            Assert.That(during.Select(r => r.Succeeded), Has.All.True);
            Assert.That(cluster.StatusPolls, Is.GreaterThan(pollsBefore));
            Assert.That(after.Select(r => r.CompletedBy), Has.All.EqualTo(RunCompletedBy.Callback), "callbacks complete waits again");
            Assert.That(cluster.Ledger.CompletionsByKey.Values, Has.All.EqualTo(1));
        });
    }
}
