using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Interactly.Streaming;

/// <summary><c>GET /v1/session</c>, the streaming token, on the wire.</summary>
public sealed class StreamSessionWireTests : WireMockTest
{
    private const string ApiKey = "itk_live_stream_key_456";
    private const string SessionPath = "/workflows/v1/session";

    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void CreateHttp() => _http = new HttpClient();

    [OneTimeTearDown]
    public void DisposeHttp() => _http.Dispose();

    [Test]
    public async Task The_token_is_read_from_data_id_and_unknown_fields_are_kept()
    {
        Server.Given(Exactly("GET", SessionPath)).RespondWith(Answer(200, "{\"data\":{\"id\":\"tok_123\",\"expires_in\":60},\"ok\":true}"));

        var session = await Api().CreateStreamSessionAsync();

        var request = OnlyRequest;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(Header(request, "Authorization"), Is.EqualTo("Bearer " + ApiKey));
            Assert.That(Header(request, "X-Interactly-API-Version"), Is.EqualTo(InteractlyOptions.DefaultApiVersion));
            Assert.That(session.Data!.Id, Is.EqualTo("tok_123"));
            Assert.That(session.Data.AdditionalProperties!["expires_in"].GetInt32(), Is.EqualTo(60));
            Assert.That(session.AdditionalProperties!["ok"].GetBoolean(), Is.True);
            Assert.That(session.Data.ToString(), Does.Not.Contain("tok_123"));
        });
    }

    [Test]
    public void A_refused_session_is_a_WorkflowApiException()
    {
        Server.Given(Exactly("GET", SessionPath)).RespondWith(Answer(403, "{\"detail\":\"Not permitted\"}"));

        var refused = Assert.ThrowsAsync<WorkflowApiException>(() => Api().CreateStreamSessionAsync());

        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(refused.ApiMessage, Is.EqualTo("Not permitted"));
    }

    [Test]
    public void A_session_without_an_id_fails_the_connect_before_any_socket_opens()
    {
        Server.Given(Exactly("GET", SessionPath)).RespondWith(Answer(200, "{\"data\":{}}"));
        var options = new InteractlyOptions { ApiKey = ApiKey, BaseUrl = InteractlyBaseUrl };
        var client = new InteractlyRunStreamClient(options, Api(), new InteractlyStreamOptions { UseSessionToken = true });

        Assert.That(
            async () => await client.ConnectAsync(new WorkflowRunInput { WorkflowId = "0123456789abcdef01234567" }),
            Throws.InvalidOperationException.With.Message.Contains("data.id"));
        Assert.That(Requests, Has.Count.EqualTo(1));
    }

    private IInteractlyApi Api() => TestApis.Interactly(_http, new InteractlyOptions { ApiKey = ApiKey, BaseUrl = InteractlyBaseUrl });
}
