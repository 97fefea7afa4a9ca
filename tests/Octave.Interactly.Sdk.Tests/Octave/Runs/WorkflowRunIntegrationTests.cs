using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.Runs.Support;

namespace Octave.Interactly.Sdk.Tests.Runs;

/// <summary>Workflow runs against the emulator over loopback: polling, failure, deadline, cancellation, handles.</summary>
public sealed class WorkflowRunIntegrationTests : RunsEmulatorFixture
{
    private static readonly IReadOnlyDictionary<string, JsonElement> PersonInputs = new Dictionary<string, JsonElement>
    {
        ["email"] = JsonDocument.Parse("\"ada@example.com\"").RootElement.Clone(),
        ["firstName"] = JsonDocument.Parse("\"Ada\"").RootElement.Clone(),
    };

    [Test]
    public async Task Polling_alone_sees_the_run_complete_with_its_counters()
    {
        var client = CreateClient();

        var result = await client.RunWorkflowAsync("caw_demo_enrich", PersonInputs);

        Assert.Multiple(() =>
        {
            Assert.That(result.JobOId, Does.StartWith("bsjob_"));
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.State, Is.EqualTo(OctaveRunState.Succeeded));
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Polling));
            Assert.That(result.Output, Is.Null, "a workflow's output comes only by callback");
            Assert.That(result.Status!.CompletedAt, Is.Not.Null);
            Assert.That(result.Status.ProcessedCount, Is.EqualTo(result.Status.TotalCount));
            Assert.That(result.Error, Is.Null);
            Assert.That(StatusPolls(), Is.GreaterThanOrEqualTo(2), "pending or running was seen before completion");
        });
    }

    [Test]
    public async Task A_failing_workflow_is_a_failed_result_carrying_the_circuit_breaker_reason()
    {
        var client = CreateClient();

        var result = await client.RunWorkflowAsync("caw_demo_fails");

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.State, Is.EqualTo(OctaveRunState.Failed));
            Assert.That(result.Status!.CircuitBreakerReason, Is.EqualTo("Too many failed items"));
            Assert.That(result.Error, Is.EqualTo("Too many failed items"));
            Assert.That(
                () => result.EnsureSucceeded(),
                Throws.TypeOf<OctaveRunFailedException>().With.Property("RunId").EqualTo(result.JobOId).And.Property("Error").EqualTo("Too many failed items"));
        });
    }

    [Test]
    public async Task Typed_entry_inputs_are_sent_as_top_level_keys()
    {
        var client = CreateClient();

        await client.StartWorkflowAsync("caw_demo_enrich", new EnrichPersonRequest { AgentOId = "ca_ignored", Email = "ada@example.com" });

        var body = Emulator.Journal.Entries.Single(e => e.Method == "POST").Body!;
        using var json = JsonDocument.Parse(body);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("email").GetString(), Is.EqualTo("ada@example.com"));
            Assert.That(json.RootElement.TryGetProperty("agentOId", out _), Is.False);
            Assert.That(json.RootElement.TryGetProperty("callbackUrl", out _), Is.False, "no callback is asked for when none is configured");
        });
    }

    [Test]
    public async Task A_deadline_shorter_than_the_run_raises_the_timeout_with_the_run_id()
    {
        var client = CreateClient();
        var run = await client.StartWorkflowAsync("caw_demo_slow");

        var timeout = Assert.ThrowsAsync<OctaveRunTimeoutException>(() => run.WaitForCompletionAsync(FastPolling(TimeSpan.FromMilliseconds(60))));

        Assert.Multiple(() =>
        {
            Assert.That(timeout!.RunId, Is.EqualTo(run.Id));
            Assert.That(timeout.Kind, Is.EqualTo(OctaveRunKind.Workflow));
            Assert.That(timeout.LastState.IsTerminal, Is.False);
            Assert.That(timeout.Message, Does.Contain(run.Id));
            Assert.That(run.HasCompleted, Is.False);
        });
    }

    [Test]
    public async Task Run_workflow_timeout_carries_the_run_id_it_started()
    {
        var client = CreateClient();

        var timeout = Assert.ThrowsAsync<OctaveRunTimeoutException>(() => client.RunWorkflowAsync("caw_demo_slow", polling: FastPolling(TimeSpan.FromMilliseconds(40))));

        var started = Emulator.Journal.Entries.Count(e => e.Method == "POST" && e.Path == "/api/v2/workflows/run");
        Assert.Multiple(() =>
        {
            Assert.That(timeout!.RunId, Does.StartWith("bsjob_"));
            Assert.That(started, Is.EqualTo(1));
        });

        // The run went on: a handle rebuilt from the id sees it finish.
        var finished = await client.GetWorkflowRun(timeout!.RunId).WaitForCompletionAsync(FastPolling());
        Assert.That(finished.Succeeded, Is.True);
    }

    [Test]
    public async Task Cancelling_ends_the_wait_within_100_ms_and_stops_polling()
    {
        var client = CreateClient();
        // One untimed cancelled wait first: the first cancellation in a process pays one-time JIT and exception
        // set-up costs that say nothing about how promptly a wait reacts to its token.
        using (var warmUp = new CancellationTokenSource())
        {
            var warmUpWait = (await client.StartWorkflowAsync("caw_demo_slow")).WaitForCompletionAsync(FastPolling(), warmUp.Token);
            await Task.Delay(30);
            warmUp.Cancel();
            Assert.That(async () => await warmUpWait, Throws.InstanceOf<OperationCanceledException>());
        }

        var run = await client.StartWorkflowAsync("caw_demo_slow");
        using var cancellation = new CancellationTokenSource();
        var wait = run.WaitForCompletionAsync(FastPolling(), cancellation.Token);
        await Task.Delay(50);
        Assert.That(wait.IsCompleted, Is.False, "the run takes 500 ms");

        var stopwatch = Stopwatch.StartNew();
        cancellation.Cancel();
        Exception? thrown = null;
        try
        {
            await wait;
        }
        catch (Exception exception)
        {
            thrown = exception;
        }

        stopwatch.Stop();

        // A poll that was in flight at the cancel may still reach the journal; after that, nothing more arrives.
        await Task.Delay(30);
        var pollsAfterCancel = StatusPolls();
        await Task.Delay(100);
        Assert.Multiple(() =>
        {
            Assert.That(thrown, Is.InstanceOf<OperationCanceledException>());
            Assert.That(stopwatch.ElapsedMilliseconds, Is.LessThan(100));
            Assert.That(StatusPolls(), Is.EqualTo(pollsAfterCancel), "nothing polls after the wait ended");
            Assert.That(run.HasCompleted, Is.False);
        });
    }

    [Test]
    public async Task A_run_started_in_one_host_is_awaited_from_another_that_rebuilt_it_from_its_token()
    {
        string token;
        string id;
        using (var firstHostHttp = new HttpClient())
        {
            var firstHost = CreateClient(registry: new OctaveRunCompletionRegistry(), http: firstHostHttp);
            var run = await firstHost.StartWorkflowAsync("caw_demo_enrich", PersonInputs);
            (token, id) = (run.ToToken(), run.Id);
        }

        using var secondHostHttp = new HttpClient();
        var secondHost = CreateClient(registry: new OctaveRunCompletionRegistry(), http: secondHostHttp);
        var rebuilt = WorkflowRun.FromToken(secondHost, token);
        Assert.That(rebuilt.LastStatus, Is.Null, "rebuilding makes no call");
        Assert.That(Emulator.Journal.Count("GET", StatusRoute), Is.Zero);

        var result = await rebuilt.WaitForCompletionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.JobOId, Is.EqualTo(id));
            Assert.That(result.Succeeded, Is.True);
            Assert.That(rebuilt.HasCompleted, Is.True);
        });
    }

    [Test]
    public async Task Watch_yields_each_change_once_from_pending_to_succeeded()
    {
        var client = CreateClient();
        var run = await client.StartWorkflowAsync("caw_watch");

        var updates = new List<WorkflowRunUpdate>();
        await foreach (var update in run.WatchAsync())
        {
            updates.Add(update);
        }

        var states = updates.Select(u => u.State).ToList();
        var distinctInOrder = states.Where((state, i) => i == 0 || state != states[i - 1]).ToList();
        var keys = updates.Select(u => (u.State, u.Status.ProcessedCount, u.Status.FailedCount)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(distinctInOrder, Is.EqualTo(new[] { OctaveRunState.Pending, OctaveRunState.Running, OctaveRunState.Succeeded }));
            Assert.That(keys, Is.Unique, "a repeated answer is not yielded again");
            Assert.That(StatusPolls(), Is.GreaterThan(updates.Count), "more polls were made than changes yielded");
            Assert.That(run.HasCompleted, Is.True);
        });
    }

    [Test]
    public async Task Update_status_refreshes_the_last_status_and_completion()
    {
        var client = CreateClient();
        var run = await client.StartWorkflowAsync("caw_watch");
        Assert.That(run.LastStatus, Is.Null);

        var first = await run.UpdateStatusAsync();
        Assert.Multiple(() =>
        {
            Assert.That(run.LastStatus, Is.SameAs(first));
            Assert.That(run.HasCompleted, Is.False);
            Assert.That(run.State, Is.EqualTo(OctaveRunState.Pending));
        });

        await run.WaitForCompletionAsync();
        var other = client.GetWorkflowRun(run.Id);
        Assert.That(other.HasCompleted, Is.False, "a rebuilt handle knows nothing until it polls");
        await other.UpdateStatusAsync();
        Assert.Multiple(() =>
        {
            Assert.That(other.HasCompleted, Is.True);
            Assert.That(other.State, Is.EqualTo(OctaveRunState.Succeeded));
            Assert.That(other.LastStatus!.CompletedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task Throttled_and_failing_polls_are_ridden_out_honouring_retry_after()
    {
        Emulator.Faults.Add(new FaultRule { Method = "GET", Path = StatusRoute, StatusCode = 429, RetryAfterSeconds = 30, Times = 2 });
        Emulator.Faults.Add(new FaultRule { Method = "GET", Path = StatusRoute, StatusCode = 503, Times = 1 });
        var client = CreateClient();

        var result = await client.RunWorkflowAsync("caw_demo_enrich");

        var faulted = Emulator.Journal.Entries.Count(e => e.Path == StatusRoute && e.StatusCode is 429 or 503);
        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True, "a 30 s Retry-After was clamped to MaxRetryAfter (30 ms)");
            Assert.That(faulted, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_poll_answered_404_ends_the_wait_with_the_api_error()
    {
        var client = CreateClient();

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => client.GetWorkflowRun("bsjob_missing").WaitForCompletionAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void Bad_arguments_fail_before_any_request()
    {
        var client = CreateClient();
        Assert.Multiple(() =>
        {
            Assert.That(() => client.StartWorkflowAsync(" "), Throws.ArgumentException.With.Property("ParamName").EqualTo("workflowOId"));
            Assert.That(
                () => client.StartWorkflowAsync("caw_demo_enrich", options: new StartRunOptions { CallbackUrl = "http://hooks.example.com/x" }),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("callbackUrl"));
            Assert.That(
                () => client.RunWorkflowAsync("caw_demo_enrich", polling: new PollingOptions { Jitter = 2 }),
                Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Jitter"));
        });
        Assert.That(Emulator.Journal.Entries, Is.Empty);
    }
}
