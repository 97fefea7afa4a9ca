using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests.Dashboard;

/// <summary>What the dashboard reads from <c>GET /_emulator/state</c>: runs with their inputs, progress and callback attempts.</summary>
public sealed class DashboardStateTests : EmulatorTestBase
{
    [Test]
    public async Task A_workflow_run_moves_from_pending_through_running_to_succeeded_with_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions
        {
            TimeProvider = clock,
            JobPendingMilliseconds = 1_000,
            JobRunningMilliseconds = 10_000,
        });
        using var client = new HttpClient { BaseAddress = emulator.BaseUrl };
        client.DefaultRequestHeaders.Add("api_key", "k");
        await StatusHelpers.PostAsync(client, "api/v2/workflows/run", "{\"workflowOId\":\"caw_demo_enrich\",\"email\":\"ada@example.com\"}");

        string StateOf(JsonNode state) => (string)state["octaveRuns"]![0]!["state"]!;
        var pending = await StatusHelpers.GetAsync(client, "_emulator/state");
        clock.Advance(TimeSpan.FromSeconds(2));
        var running = await StatusHelpers.GetAsync(client, "_emulator/state");
        clock.Advance(TimeSpan.FromSeconds(10));
        var done = await StatusHelpers.GetAsync(client, "_emulator/state");

        var run = done!["octaveRuns"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(StateOf(pending!), Is.EqualTo("pending"));
            Assert.That(StateOf(running!), Is.EqualTo("running"));
            Assert.That(StateOf(done), Is.EqualTo("succeeded"));
            Assert.That((string?)run["target"], Is.EqualTo("caw_demo_enrich"));
            Assert.That((string?)run["inputs"]!["email"], Is.EqualTo("ada@example.com"), "inputs without the control keys");
            Assert.That(run["inputs"]!["workflowOId"], Is.Null);
            Assert.That((int)run["counters"]!["processed"]!, Is.EqualTo((int)run["counters"]!["total"]!));
            Assert.That(run["output"], Is.Not.Null, "the output the callback carries");
            Assert.That(run["callback"], Is.Null, "no callback URL was given");
            Assert.That((string?)done["now"], Is.EqualTo("2030-01-02T03:04:17.000Z"));
        });
    }

    [Test]
    public async Task Each_callback_attempt_shows_the_receivers_status_and_latency()
    {
        await using var receiver = await CallbackReceiver.StartAsync(500, 200);
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_enrich", callbackUrl = receiver.Url.AbsoluteUri });
        await Emulator.CallbackDeliveries.WaitForDeliveryAsync(jobOId).WaitAsync(TimeSpan.FromSeconds(10));

        var (_, state) = await GetAsync("_emulator/state");
        var callback = state!["octaveRuns"]![0]!["callback"]!;
        var attempts = callback["attempts"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That((string?)callback["delivery"], Is.EqualTo("Delivered"));
            Assert.That(attempts.Select(a => (int?)a!["statusCode"]), Is.EqualTo(new int?[] { 500, 200 }));
            Assert.That(attempts.Select(a => (double)a!["latencyMilliseconds"]!), Has.All.GreaterThan(0.0));
            Assert.That(Emulator.CallbackDeliveries.AttemptsFor(jobOId).Select(a => a.Latency), Has.All.GreaterThan(TimeSpan.Zero));
        });
    }

    [Test]
    public async Task An_agent_run_shows_its_inputs_and_runs_until_its_result_is_due()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var (status, accepted) = await PostAsync("api/v2/async/agent/run", new { agentOId = "ca_enrich_company", companyDomain = "example.com", callbackUrl = receiver.Url.AbsoluteUri });
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));

        var run = (await GetAsync("_emulator/state")).Body!["octaveRuns"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)run["id"], Is.EqualTo((string?)accepted!["requestId"]));
            Assert.That((string?)run["kind"], Is.EqualTo("agent"));
            Assert.That((string?)run["state"], Is.EqualTo("running"));
            Assert.That((string?)run["inputs"]!["companyDomain"], Is.EqualTo("example.com"));
            Assert.That(run["inputs"]!["callbackUrl"], Is.Null);
        });
        var done = await PollAsync("_emulator/state", s => (string?)s["octaveRuns"]![0]!["state"] == "succeeded");
        Assert.That(done["octaveRuns"]![0]!["output"], Is.Not.Null);
    }

    [Test]
    public async Task The_journal_is_read_by_position_so_a_slow_request_journaled_late_is_not_skipped()
    {
        Emulator.Faults.Add(new FaultRule { Path = "/api/v2/api-key/validate", LatencyMilliseconds = 300, Times = 1 });
        var slow = GetAsync("api/v2/api-key/validate");
        await PollAsync("_emulator/faults", rules => rules.AsArray().Count == 0);   // the slow request has arrived
        await GetAsync("api/v2/workflows/run/status?jobOId=bsjob_unknown");

        var first = (await GetAsync("_emulator/state?journalFrom=0")).Body!["journal"]!;
        await slow;
        var second = (await GetAsync("_emulator/state?journalFrom=" + (long)first["next"]!)).Body!["journal"]!;
        Emulator.Reset();
        var afterReset = (await GetAsync("_emulator/state?journalFrom=" + (long)second["next"]!)).Body!["journal"]!;

        Assert.Multiple(() =>
        {
            Assert.That(first["entries"]!.AsArray().Select(e => (long)e!["sequence"]!), Is.EqualTo(new long[] { 2 }), "the fast request, journaled first");
            Assert.That(second["entries"]!.AsArray().Select(e => (long)e!["sequence"]!), Is.EqualTo(new long[] { 1 }), "the slow one, which arrived first");
            Assert.That(second["entries"]!.AsArray().Select(e => (long)e!["position"]!), Is.EqualTo(new long[] { 1 }));
            Assert.That((long)afterReset["first"]!, Is.EqualTo(2), "positions never restart: a reader sees the old entries are gone");
            Assert.That(afterReset["entries"]!.AsArray(), Is.Empty);
        });
    }
}
