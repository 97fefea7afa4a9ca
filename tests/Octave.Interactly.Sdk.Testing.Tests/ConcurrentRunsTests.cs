using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class ConcurrentRunsTests : EmulatorTestBase
{
    protected override void Configure(WorkflowEmulatorOptions options)
    {
        options.JobPendingMilliseconds = 0;
        options.JobRunningMilliseconds = 100;
    }

    [Test]
    public async Task Many_concurrent_runs_each_deliver_exactly_one_callback()
    {
        const int runs = 500;
        await using var receiver = await CallbackReceiver.StartAsync();

        var jobIds = await Task.WhenAll(Enumerable.Range(0, runs).Select(i =>
            StartWorkflowAsync(new { workflowOId = "caw_demo_enrich", callbackUrl = receiver.Url, email = "p" + i + "@acme.com" })));
        var outcomes = await Task.WhenAll(jobIds.Select(id => Emulator.CallbackDeliveries.WaitForDeliveryAsync(id))).WaitAsync(TimeSpan.FromSeconds(15));

        Assert.That(jobIds.Distinct().Count(), Is.EqualTo(runs));
        Assert.That(outcomes, Is.All.EqualTo(CallbackDeliveryStatus.Delivered));

        // Delivery is at-least-once: on a loaded machine a slow answer can time out and be re-sent, as Octave
        // does. What must hold is one successful delivery per run, and every run reaching the receiver.
        var receivedRuns = receiver.Received.Select(r => (string?)System.Text.Json.Nodes.JsonNode.Parse(r.Body)!["jobOId"]).Distinct().Count();
        Assert.That(receivedRuns, Is.EqualTo(runs));
        Assert.That(jobIds.Select(id => Emulator.CallbackDeliveries.AttemptsFor(id).Count(a => a.Succeeded)), Is.All.EqualTo(1));
    }

    [Test]
    public async Task Unknown_routes_answer_404_in_the_api_style()
    {
        var (status, body) = await GetAsync("api/v2/nope");

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((string?)body!["message"], Does.Contain("/api/v2/nope"));
    }
}
