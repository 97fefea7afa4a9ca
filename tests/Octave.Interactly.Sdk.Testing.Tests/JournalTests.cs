using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class JournalTests : EmulatorTestBase
{
    [Test]
    public async Task Requests_are_journaled_with_secrets_redacted()
    {
        await PostAsync("api/v2/workflows/run", new { workflowOId = "caw_demo_enrich", email = "ada@acme.com" });
        using var bearer = CreateClient(null);
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "secret-token");
        await bearer.GetAsync(new Uri("workflows/v1/whatever", UriKind.Relative));

        var entries = Emulator.Journal.Entries;
        Assert.That(entries, Has.Count.EqualTo(2));
        var octave = entries[0];
        Assert.Multiple(() =>
        {
            Assert.That(octave.Sequence, Is.EqualTo(1));
            Assert.That(octave.Method, Is.EqualTo("POST"));
            Assert.That(octave.Path, Is.EqualTo("/api/v2/workflows/run"));
            Assert.That(octave.Headers["api_key"], Is.EqualTo("***"));
            Assert.That(octave.ApiKeyPresent, Is.True);
            Assert.That(octave.Body, Does.Contain("ada@acme.com"));
            Assert.That(octave.StatusCode, Is.EqualTo(200));
            Assert.That(entries[1].Headers["Authorization"], Is.EqualTo("***"));
            Assert.That(entries[1].AuthorizationPresent, Is.True);
            Assert.That(string.Join(" ", entries.SelectMany(e => e.Headers.Values)), Does.Not.Contain(ApiKey).And.Not.Contain("secret-token"));
        });
    }

    [Test]
    public async Task The_journal_is_served_over_http_with_a_path_filter_and_without_secrets()
    {
        await GetAsync("api/v2/api-key/validate");
        await GetAsync("api/v2/workflows/run/status?jobOId=x");
        using var control = new HttpClient { BaseAddress = Emulator.BaseUrl };

        using var response = await control.GetAsync(new Uri("_emulator/requests?path=/api/v2/workflows/*", UriKind.Relative));
        string text = await response.Content.ReadAsStringAsync();
        var list = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsArray();

        Assert.That(list, Has.Count.EqualTo(1));
        Assert.That((string?)list[0]!["queryString"], Is.EqualTo("?jobOId=x"));
        Assert.That((int?)list[0]!["statusCode"], Is.EqualTo(404));
        Assert.That(text, Does.Not.Contain(ApiKey));
        Assert.That(Emulator.Journal.Count("GET", "/api/v2/*"), Is.EqualTo(2), "control routes are not journaled");
    }

    [Test]
    public async Task Reset_clears_runs_journal_and_faults_but_keeps_the_catalogue()
    {
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_enrich" });
        Emulator.Faults.Add(new FaultRule { Path = "/nothing", StatusCode = 500 });
        using var control = new HttpClient { BaseAddress = Emulator.BaseUrl };

        using var reset = await control.PostAsync(new Uri("_emulator/reset", UriKind.Relative), null);

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Emulator.Journal.Entries, Is.Empty);
        Assert.That(Emulator.Faults.Rules, Is.Empty);
        var (status, _) = await GetAsync("api/v2/workflows/run/status?jobOId=" + jobOId);
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Emulator.Catalog.OctaveWorkflows.Select(w => w.WorkflowOId), Does.Contain("caw_demo_enrich"));
    }

    [Test]
    public async Task The_journal_keeps_only_the_newest_entries_up_to_its_capacity()
    {
        await using var small = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { JournalCapacity = 3, JournalCaptureBodies = false });
        using var client = new HttpClient { BaseAddress = small.BaseUrl };
        client.DefaultRequestHeaders.Add("api_key", "k");
        for (int i = 0; i < 5; i++)
        {
            await PostAsync(client, "api/v2/workflows/run", new { workflowOId = "caw_demo_enrich" });
        }

        Assert.That(small.Journal.Entries.Select(e => e.Sequence), Is.EqualTo(new long[] { 3, 4, 5 }));
        Assert.That(small.Journal.Entries.Select(e => e.Body), Is.All.Null);
    }
}
