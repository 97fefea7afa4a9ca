using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Interactly;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

/// <summary>The Interactly engine as the host serves it: under /workflows, behind bearer auth, faults and the journal.</summary>
public sealed class InteractlyHostingTests : EmulatorTestBase
{
    private const string FirstTurn = """{"run_input":{"command":"start","thread_to_node_inputs":{"0":{"node_run_inputs":[]}}}}""";

    [Test]
    public async Task Execute_without_a_bearer_token_is_a_401_with_a_detail()
    {
        using var anonymous = new HttpClient { BaseAddress = Emulator.InteractlyBaseUrl };

        using var response = await anonymous.PostAsync(ExecutePath(InteractlyCatalog.GreeterWorkflowId), Json(FirstTurn));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((string?)body!["detail"], Is.EqualTo("Not authenticated"));
    }

    [Test]
    public async Task Execute_with_a_bearer_token_starts_a_conversation_under_the_workflows_prefix()
    {
        using var client = BearerClient();

        using var response = await client.PostAsync(ExecutePath(InteractlyCatalog.GreeterWorkflowId), Json(FirstTurn));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)body!["status"], Is.EqualTo("waiting_for_user_input"));
        Assert.That(Emulator.Journal.Count("POST", "/workflows/v1/workflows/*/execute"), Is.EqualTo(1));
        Assert.That(Emulator.Journal.Entries[^1].AuthorizationPresent, Is.True);
        Assert.That(Emulator.Journal.Entries[^1].Headers["Authorization"], Does.Not.Contain("interactly-token"));
    }

    [Test]
    public async Task Faults_apply_to_interactly_routes()
    {
        Emulator.Faults.Add(new FaultRule { Method = "POST", Path = "/workflows/v1/workflows/*/execute", StatusCode = 503, Times = 1 });
        using var client = BearerClient();

        using var faulted = await client.PostAsync(ExecutePath(InteractlyCatalog.GreeterWorkflowId), Json(FirstTurn));
        using var next = await client.PostAsync(ExecutePath(InteractlyCatalog.GreeterWorkflowId), Json(FirstTurn));

        Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_catalogue_lists_the_interactly_demo_workflows()
    {
        using var response = await Client.GetAsync(new Uri("_emulator/catalog", UriKind.Relative));
        var catalog = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var ids = catalog["interactly"]!["workflows"]!.AsArray();
        Assert.That(ids, Has.Some.Matches<JsonNode?>(w => (string?)w!["id"] == InteractlyCatalog.GreeterWorkflowId));
        Assert.That(ids, Has.Count.GreaterThanOrEqualTo(4));
    }

    private HttpClient BearerClient()
    {
        var client = new HttpClient { BaseAddress = Emulator.InteractlyBaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "interactly-token");
        return client;
    }

    private static Uri ExecutePath(string workflowId) => new($"v1/workflows/{workflowId}/execute", UriKind.Relative);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
