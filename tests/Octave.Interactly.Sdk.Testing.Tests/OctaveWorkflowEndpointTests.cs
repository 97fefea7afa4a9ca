using System.Collections.Generic;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class OctaveWorkflowEndpointTests : EmulatorTestBase
{
    [Test]
    public async Task Starting_a_workflow_returns_a_pending_job()
    {
        var (status, body) = await PostAsync("api/v2/workflows/run", new { workflowOId = "caw_demo_enrich", email = "ada@acme.com" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)body!["jobOId"], Does.StartWith("bsjob_"));
        Assert.That((string?)body["status"], Is.EqualTo("pending"));
        Assert.That((string?)body["message"], Is.EqualTo("Workflow execution started successfully"));
    }

    [Test]
    public async Task A_run_moves_from_pending_through_running_to_completed()
    {
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_slow" });
        var seen = new List<string>();
        var final = await PollAsync("api/v2/workflows/run/status?jobOId=" + jobOId, body =>
        {
            var data = body["data"]!;
            seen.Add(data["completedAt"] is not null ? "done" : data["startedAt"] is not null ? "running" : "pending");
            return data["completedAt"] is not null;
        });

        Assert.That(seen, Does.Contain("pending"));
        Assert.That(seen, Does.Contain("running"));
        var data = final["data"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(data.ContainsKey("status"), Is.False, "the documented status data has no status field");
            Assert.That((string?)data["jobOId"], Is.EqualTo(jobOId));
            Assert.That((string?)data["workflowOId"], Is.EqualTo("caw_demo_slow"));
            Assert.That((int)data["totalCount"]!, Is.EqualTo(25));
            Assert.That((int)data["processedCount"]!, Is.EqualTo(25));
            Assert.That((int)data["successCount"]!, Is.EqualTo(25));
            Assert.That((int)data["failedCount"]!, Is.EqualTo(0));
            Assert.That(data["circuitBreakerReason"], Is.Null);
            Assert.That((string?)data["createdAt"], Does.EndWith("Z"));
            Assert.That((string?)final["_metadata"]!["requestId"], Does.StartWith("req_"));
        });
    }

    [Test]
    public async Task Processed_count_grows_while_running()
    {
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_slow" });
        var counts = new List<int>();
        await PollAsync("api/v2/workflows/run/status?jobOId=" + jobOId, body =>
        {
            counts.Add((int)body["data"]!["processedCount"]!);
            return body["data"]!["completedAt"] is not null;
        });

        Assert.That(counts, Is.Ordered);
        Assert.That(counts, Has.Some.InRange(1, 24), "some poll should see a partly processed run");
    }

    [Test]
    public async Task The_failing_workflow_completes_with_failures_and_a_circuit_breaker_reason()
    {
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_fails" });
        var final = await PollAsync("api/v2/workflows/run/status?workflowRunOId=" + jobOId, b => b["data"]!["completedAt"] is not null);

        var data = final["data"]!;
        Assert.That((int)data["failedCount"]!, Is.GreaterThan(0));
        Assert.That((int)data["processedCount"]!, Is.EqualTo((int)data["totalCount"]!));
        Assert.That((string?)data["circuitBreakerReason"], Is.EqualTo("Too many failed items"));
    }

    [Test]
    public async Task Missing_workflowOId_is_a_400_naming_the_field()
    {
        var (status, body) = await PostAsync("api/v2/workflows/run", new { callbackUrl = "http://127.0.0.1:9/cb" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body!["message"], Does.Contain("workflowOId"));
        Assert.That((string?)body["_metadata"]!["requestId"], Does.StartWith("req_"));
    }

    [Test]
    public async Task A_relative_callbackUrl_is_a_400()
    {
        var (status, body) = await PostAsync("api/v2/workflows/run", new { workflowOId = "caw_demo_enrich", callbackUrl = "/relative" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)body!["message"], Does.Contain("callbackUrl"));
    }

    [Test]
    public async Task An_unknown_workflow_is_a_404()
    {
        var (status, body) = await PostAsync("api/v2/workflows/run", new { workflowOId = "caw_nope" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((string?)body!["message"], Is.EqualTo("Workflow caw_nope not found"));
    }

    [Test]
    public async Task Status_needs_a_job_id_and_knows_only_started_jobs()
    {
        var (missing, missingBody) = await GetAsync("api/v2/workflows/run/status");
        var (unknown, _) = await GetAsync("api/v2/workflows/run/status?jobOId=bsjob_unknown");

        Assert.That(missing, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)missingBody!["message"], Does.Contain("jobOId"));
        Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Status_echoes_the_callback_url()
    {
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_enrich", callbackUrl = "http://127.0.0.1:9/cb/1" });
        var (_, body) = await GetAsync("api/v2/workflows/run/status?jobOId=" + jobOId);

        Assert.That((string?)body!["data"]!["callbackUrl"], Is.EqualTo("http://127.0.0.1:9/cb/1"));
        Assert.That(body["data"]!["startedAt"], Is.Null, "a fresh run is still pending");
    }

    [Test]
    public async Task A_workflow_registered_in_code_is_served()
    {
        Emulator.Catalog.AddOctaveWorkflow(new OctaveWorkflowScenario
        {
            WorkflowOId = "caw_custom",
            TotalCount = 3,
            PendingMilliseconds = 0,
            RunningMilliseconds = 0,
            Output = new JsonObject { ["ok"] = true },
        });

        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_custom" });
        var (_, body) = await GetAsync("api/v2/workflows/run/status?jobOId=" + jobOId);

        Assert.That((int)body!["data"]!["totalCount"]!, Is.EqualTo(3));
        Assert.That((int)body["data"]!["successCount"]!, Is.EqualTo(3));
        Assert.That(body["data"]!["completedAt"], Is.Not.Null);
    }

    [Test]
    public async Task Job_ids_are_repeatable_for_a_seed()
    {
        string first = await StartWorkflowAsync(new { workflowOId = "caw_demo_enrich" });
        await using var other = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { Seed = 1 });
        using var otherClient = new System.Net.Http.HttpClient { BaseAddress = other.BaseUrl };
        otherClient.DefaultRequestHeaders.Add("api_key", "k");
        var (_, body) = await PostAsync(otherClient, "api/v2/workflows/run", new { workflowOId = "caw_demo_enrich" });

        Assert.That((string?)body!["jobOId"], Is.EqualTo(first));
    }
}
