using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class AuthenticationTests : EmulatorTestBase
{
    protected override void Configure(WorkflowEmulatorOptions options) => options.ApiKeys.Add(ApiKey);

    [TestCase("api/v2/api-key/validate")]
    [TestCase("api/v2/workflows/run/status?jobOId=x")]
    [TestCase("api/v2/async/agent/run/status?requestId=x")]
    public async Task A_missing_api_key_is_a_401(string path)
    {
        using var anonymous = CreateClient(apiKey: null);
        using var response = await anonymous.GetAsync(new System.Uri(path, System.UriKind.Relative));
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((string?)body!["message"], Is.EqualTo("Invalid or missing API key"));
        Assert.That((string?)body["_metadata"]!["requestId"], Is.EqualTo(string.Join(",", response.Headers.GetValues("x-request-id"))));
    }

    [Test]
    public async Task A_key_not_in_the_configured_set_is_a_401_on_every_endpoint()
    {
        using var wrong = CreateClient("other-key");
        var (run, _) = await PostAsync(wrong, "api/v2/workflows/run", new { workflowOId = "caw_demo_enrich" });
        var (agent, _) = await PostAsync(wrong, "api/v2/agents/enrich-company/run", new { agentOId = "ca_enrich_company" });

        Assert.That(run, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(agent, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Emulator.Journal.Count("POST", "/api/v2/*"), Is.EqualTo(2), "rejected requests are journaled too");
    }

    [Test]
    public async Task The_configured_key_is_accepted()
    {
        var (status, _) = await GetAsync("api/v2/api-key/validate");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Interactly_routes_need_a_bearer_token()
    {
        using var anonymous = CreateClient(apiKey: null);
        using var response = await anonymous.PostAsync(new System.Uri("workflows/v1/workflows/0123456789abcdef01234567/execute", System.UriKind.Relative), new StringContent("{}"));
        string body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(body, Is.EqualTo("{\"detail\":\"Not authenticated\"}"));
    }

    [Test]
    public async Task Every_response_carries_a_request_id_and_echoes_the_external_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new System.Uri("api/v2/api-key/validate", System.UriKind.Relative));
        request.Headers.Add("x-external-request-id", "ext-42");
        using var response = await Client.SendAsync(request);

        Assert.That(string.Join(",", response.Headers.GetValues("x-request-id")), Does.StartWith("req_"));
        Assert.That(string.Join(",", response.Headers.GetValues("x-external-request-id")), Is.EqualTo("ext-42"));
        Assert.That(Emulator.Journal.Entries[0].ExternalRequestId, Is.EqualTo("ext-42"));
    }
}
