using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class FaultInjectionTests : EmulatorTestBase
{
    [Test]
    public async Task A_429_with_retry_after_applies_to_the_next_request_only()
    {
        Emulator.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v2/api-key/validate", StatusCode = 429, RetryAfterSeconds = 7, Times = 1 });

        using var first = await Client.GetAsync(new Uri("api/v2/api-key/validate", UriKind.Relative));
        using var second = await Client.GetAsync(new Uri("api/v2/api-key/validate", UriKind.Relative));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(first.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That((string?)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["message"], Is.EqualTo("Injected fault"));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_503_for_the_next_two_requests_then_normal()
    {
        Emulator.Faults.Add(new FaultRule { Path = "/api/v2/*", StatusCode = 503, Times = 2 });

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 3; i++)
        {
            statuses.Add((await GetAsync("api/v2/api-key/validate")).Status);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK }));
        Assert.That(Emulator.Faults.Rules, Is.Empty, "a used-up rule is removed");
    }

    [Test]
    public async Task A_dropped_connection_surfaces_as_an_HttpRequestException()
    {
        Emulator.Faults.Add(new FaultRule { Path = "/api/v2/api-key/validate", DropConnection = true, Times = 1 });

        Assert.ThrowsAsync<HttpRequestException>(() => Client.GetAsync(new Uri("api/v2/api-key/validate", UriKind.Relative)));

        // The server journals after aborting, which can be a moment after the client saw the failure.
        var clock = Stopwatch.StartNew();
        while (Emulator.Journal.Entries.Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            await Task.Delay(5);
        }

        Assert.That(Emulator.Journal.Entries.Single().StatusCode, Is.EqualTo(0));
        Assert.That(Emulator.Journal.Entries.Single().Fault, Does.Contain("drop-connection"));
    }

    [Test]
    public async Task A_malformed_body_is_a_200_that_does_not_parse()
    {
        Emulator.Faults.Add(new FaultRule { Path = "/api/v2/workflows/run/status", MalformedBody = true });

        using var response = await Client.GetAsync(new Uri("api/v2/workflows/run/status?jobOId=x", UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(() => JsonDocument.Parse(body), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public async Task Latency_delays_then_handles_normally()
    {
        Emulator.Faults.Add(new FaultRule { Path = "/api/v2/workflows/run", LatencyMilliseconds = 150 });

        var clock = Stopwatch.StartNew();
        var (status, body) = await PostAsync("api/v2/workflows/run", new { workflowOId = "caw_demo_enrich" });

        Assert.That(clock.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(140));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var (statusCheck, _) = await GetAsync("api/v2/workflows/run/status?jobOId=" + (string)body!["jobOId"]!);
        Assert.That(statusCheck, Is.EqualTo(HttpStatusCode.OK), "a latency-only fault still creates the job");
    }

    [Test]
    public async Task A_faulted_start_creates_no_job()
    {
        Emulator.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v2/workflows/run", StatusCode = 500, Times = 1 });

        var (faulted, _) = await PostAsync("api/v2/workflows/run", new { workflowOId = "caw_demo_enrich" });
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_enrich" });

        Assert.That(faulted, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(jobOId, Is.EqualTo(await JobIdOfFirstRunWithSeedAsync()), "the faulted request consumed no id, so no run was made");
        var entries = Emulator.Journal.Entries;
        Assert.That(entries[0].Fault, Does.Contain("status-500"));
        Assert.That(entries[1].Fault, Is.Null);
    }

    [Test]
    public async Task Probability_with_a_seed_is_repeatable()
    {
        var first = await FaultPatternAsync(Emulator, Client);
        await using var other = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { Seed = 1 });
        using var otherClient = new HttpClient { BaseAddress = other.BaseUrl };
        otherClient.DefaultRequestHeaders.Add("api_key", "k");
        var second = await FaultPatternAsync(other, otherClient);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain(HttpStatusCode.OK).And.Contain(HttpStatusCode.InternalServerError));
    }

    [Test]
    public async Task A_middle_wildcard_matches_one_segment_of_interactly_paths()
    {
        Emulator.Faults.Add(new FaultRule { Path = "/workflows/v1/workflows/*/execute", StatusCode = 503 });
        using var client = CreateClient(null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "t");

        using var matched = await client.PostAsync(new Uri("workflows/v1/workflows/0123456789abcdef01234567/execute", UriKind.Relative), new StringContent("{}"));
        using var unmatched = await client.PostAsync(new Uri("workflows/v1/workflows/a/b/execute", UriKind.Relative), new StringContent("{}"));

        Assert.That(matched.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await matched.Content.ReadAsStringAsync(), Is.EqualTo("{\"detail\":\"Injected fault\"}"));
        Assert.That(unmatched.StatusCode, Is.Not.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task Faults_can_be_managed_over_http()
    {
        using var control = new HttpClient { BaseAddress = Emulator.BaseUrl };
        var (added, _) = await PostAsync(control, "_emulator/faults", "{\"path\":\"/api/v2/api-key/validate\",\"statusCode\":502,\"times\":1}");
        var (_, listed) = await GetAsync(control, "_emulator/faults");
        var (faulted, _) = await GetAsync("api/v2/api-key/validate");
        Emulator.Faults.Add(new FaultRule { Path = "/api/v2/*", StatusCode = 500 });
        using var cleared = await control.DeleteAsync(new Uri("_emulator/faults", UriKind.Relative));
        var (after, _) = await GetAsync("api/v2/api-key/validate");

        Assert.That(added, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((int?)listed![0]!["statusCode"], Is.EqualTo(502));
        Assert.That(faulted, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(after, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<List<HttpStatusCode>> FaultPatternAsync(WorkflowEmulator emulator, HttpClient client)
    {
        emulator.Faults.Add(new FaultRule { Path = "/api/v2/api-key/validate", StatusCode = 500, Probability = 0.5 });
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 12; i++)
        {
            statuses.Add((await GetAsync(client, "api/v2/api-key/validate")).Status);
        }

        return statuses;
    }

    private static async Task<string> JobIdOfFirstRunWithSeedAsync()
    {
        await using var fresh = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { Seed = 1 });
        using var client = new HttpClient { BaseAddress = fresh.BaseUrl };
        client.DefaultRequestHeaders.Add("api_key", "k");
        var (_, body) = await PostAsync(client, "api/v2/workflows/run", new { workflowOId = "caw_demo_enrich" });
        return (string)body!["jobOId"]!;
    }
}
