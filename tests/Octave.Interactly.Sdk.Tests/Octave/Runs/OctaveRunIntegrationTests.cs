using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.Runs.Support;

namespace Octave.Interactly.Sdk.Tests.Runs;

/// <summary>
/// Runs API handles against the emulator over loopback: a run started through the workflow or agent endpoints is
/// visible in <c>GET /api/v2/runs/{oId}</c>, and <see cref="OctaveRun"/> waits on it with the SDK's polling.
/// </summary>
public sealed class OctaveRunIntegrationTests : RunsEmulatorFixture
{
    private const string RunsRoute = "/api/v2/runs/";

    [Test]
    public async Task A_started_workflow_is_waited_on_through_the_runs_api_until_it_succeeds()
    {
        var client = CreateClient();
        var workflow = await client.StartWorkflowAsync("caw_watch");
        var run = client.GetRun(workflow.Id);

        var result = await run.WaitForCompletionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.Status, Is.EqualTo(OctaveRunStatus.Succeeded));
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Polling));
            Assert.That(result.Run!.Counts!.Succeeded, Is.EqualTo(result.Run.Counts.Total));
            Assert.That(result.Run.Credits!.Charged, Is.EqualTo(result.Run.Credits.Quoted));
            Assert.That(result.Run.Credits.Held, Is.Zero);
            Assert.That(result.Run.Items, Is.Not.Empty);
            Assert.That(result.Run.Items!.All(item => item.Output is not null), Is.True, "finished items carry outputs");
            Assert.That(run.HasCompleted, Is.True);
            Assert.That(Emulator.Journal.Entries.Count(entry => entry.Path.StartsWith(RunsRoute, StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2),
                "queued or running was seen before the end");
            Assert.That(StatusPolls(), Is.Zero, "the handle polls the Runs API, not the workflow status endpoint");
        });
    }

    [Test]
    public async Task A_workflow_with_some_failed_items_ends_partial_and_is_a_failed_result()
    {
        var client = CreateClient();
        var workflow = await client.StartWorkflowAsync("caw_demo_fails");

        var result = await client.GetRun(workflow.Id).WaitForCompletionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(OctaveRunStatus.Partial));
            Assert.That(result.State, Is.EqualTo(OctaveRunState.Failed));
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Run!.Counts!.Failed, Is.EqualTo(4));
            Assert.That(result.Error, Is.Not.Empty);
        });
        var failure = Assert.Throws<OctaveRunFailedException>(() => result.EnsureSucceeded());
        Assert.That(failure!.Kind, Is.EqualTo(OctaveRunKind.Run));
    }

    [Test]
    public async Task Watching_yields_each_change_ending_with_the_terminal_one()
    {
        var client = CreateClient();
        var workflow = await client.StartWorkflowAsync("caw_watch");

        var seen = new List<OctaveRunStatus>();
        await foreach (var update in client.GetRun(workflow.Id).WatchAsync(FastPolling()))
        {
            seen.Add(update.Status);
        }

        Assert.That(seen[0], Is.EqualTo(OctaveRunStatus.Queued));
        Assert.That(seen, Does.Contain(OctaveRunStatus.Running));
        Assert.That(seen[^1], Is.EqualTo(OctaveRunStatus.Succeeded));
    }

    [Test]
    public async Task An_async_agent_run_is_visible_in_the_runs_api_with_its_output()
    {
        var client = CreateClient();
        var agent = await client.StartAgentAsync(RunAgentRequest.For(new EnrichPersonRequest { AgentOId = "ca_enrich_person", Email = "ada@example.com" }, NoOpCallbackUrl));

        var result = await client.GetRun(agent.Id).WaitForCompletionAsync();

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Run!.Items![0].Output!.Value.GetProperty("person").GetProperty("email").GetString(), Is.EqualTo("ada@example.com"));
    }

    [Test]
    public void An_unknown_run_is_a_404_not_a_wait_that_never_ends()
    {
        var client = CreateClient();

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => client.GetRun("run_missing").WaitForCompletionAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_wait_rides_out_a_transient_503_from_the_runs_api()
    {
        var client = CreateClient();
        var workflow = await client.StartWorkflowAsync("caw_demo_enrich");
        Emulator.Faults.Add(new FaultRule { Method = "GET", Path = RunsRoute + workflow.Id, StatusCode = 503, Times = 2 });

        var result = await client.GetRun(workflow.Id).WaitForCompletionAsync();

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public async Task A_deadline_shorter_than_the_run_raises_the_timeout_naming_a_runs_api_run()
    {
        var client = CreateClient();
        var workflow = await client.StartWorkflowAsync("caw_demo_slow");
        var run = client.GetRun(workflow.Id);

        var timeout = Assert.ThrowsAsync<OctaveRunTimeoutException>(() => run.WaitForCompletionAsync(FastPolling(TimeSpan.FromMilliseconds(60))));

        Assert.Multiple(() =>
        {
            Assert.That(timeout!.RunId, Is.EqualTo(workflow.Id));
            Assert.That(timeout.Kind, Is.EqualTo(OctaveRunKind.Run));
            Assert.That(timeout.Message, Does.StartWith("Octave runs api run " + workflow.Id));
            Assert.That(run.HasCompleted, Is.False);
        });
    }
}
