using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Octave;

/// <summary>Every non-success answer becomes a WorkflowApiException carrying what the server said.</summary>
public sealed class OctaveErrorMappingTests
{
    private const string ApiKey = "octave-secret-key-9876";
    private RecordingServer _server = null!;
    private HttpClient _http = null!;
    private OctaveApi _api = null!;

    [SetUp]
    public async Task StartServer()
    {
        _server = await RecordingServer.StartAsync();
        _http = new HttpClient();
        _api = new OctaveApi(_http, new OctaveOptions { ApiKey = ApiKey, BaseUrl = _server.BaseUrl });
    }

    [TearDown]
    public async Task StopServer()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [TestCase(HttpStatusCode.BadRequest, """{"message":"Validation failed","error":"workflowOId is required"}""", "Validation failed: workflowOId is required")]
    [TestCase(HttpStatusCode.Unauthorized, """{"message":"Invalid or missing API key"}""", "Invalid or missing API key")]
    [TestCase(HttpStatusCode.Forbidden, """{"error":"Forbidden for this workspace"}""", "Forbidden for this workspace")]
    [TestCase(HttpStatusCode.NotFound, """{"_metadata":{"requestId":"req_body","message":"Job bsjob_x not found"}}""", "Job bsjob_x not found")]
    [TestCase(HttpStatusCode.Conflict, """{"message":"same","error":"same"}""", "same")]
    [TestCase(HttpStatusCode.TooManyRequests, """{"message":"Slow down"}""", "Slow down")]
    [TestCase(HttpStatusCode.InternalServerError, """<html>upstream error</html>""", null)]
    [TestCase(HttpStatusCode.ServiceUnavailable, "", null)]
    public void Non_success_status_maps_to_WorkflowApiException(HttpStatusCode status, string body, string? expectedMessage)
    {
        _server.Response = new CannedResponse(status, body);

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => _api.GetWorkflowRunStatusAsync("bsjob_x"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(status));
            Assert.That(error.Service, Is.EqualTo(WorkflowService.Octave));
            Assert.That(error.Method, Is.EqualTo("GET"));
            Assert.That(error.Path, Is.EqualTo("/api/v2/workflows/run/status"));
            Assert.That(error.ApiMessage, Is.EqualTo(expectedMessage));
            Assert.That(error.ResponseBody, Is.EqualTo(body.Length == 0 ? null : body));
            Assert.That(error.Message, Does.Contain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (expectedMessage is not null)
            {
                Assert.That(error.Message, Does.Contain(expectedMessage));
            }
        });
    }

    [Test]
    public void Request_id_comes_from_the_header_first_then_the_body()
    {
        _server.Response = new CannedResponse(HttpStatusCode.NotFound, """{"message":"nope","_metadata":{"requestId":"req_body"}}""")
        {
            Headers = new Dictionary<string, string> { ["x-request-id"] = "req_header" },
        };
        var fromHeader = Assert.ThrowsAsync<WorkflowApiException>(() => _api.GetWorkflowRunStatusAsync("bsjob_x"));

        _server.Response = new CannedResponse(HttpStatusCode.NotFound, """{"message":"nope","_metadata":{"requestId":"req_body"}}""");
        var fromBody = Assert.ThrowsAsync<WorkflowApiException>(() => _api.GetWorkflowRunStatusAsync("bsjob_x"));

        Assert.That(fromHeader!.RequestId, Is.EqualTo("req_header"));
        Assert.That(fromHeader.Message, Does.Contain("req_header"));
        Assert.That(fromBody!.RequestId, Is.EqualTo("req_body"));
    }

    [Test]
    public void Retry_after_in_seconds_is_exposed()
    {
        _server.Response = new CannedResponse(HttpStatusCode.TooManyRequests, """{"message":"Slow down"}""")
        {
            Headers = new Dictionary<string, string> { ["Retry-After"] = "7" },
        };

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => _api.ValidateApiKeyAsync());

        Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public void External_request_id_is_carried_on_the_error()
    {
        _server.Response = new CannedResponse(HttpStatusCode.BadRequest, """{"message":"bad"}""");

        var error = Assert.ThrowsAsync<WorkflowApiException>(
            () => _api.RunWorkflowAsync(new RunWorkflowRequest("caw_1"), new WorkflowRequestOptions { ExternalRequestId = "ext-42" }));

        Assert.That(error!.ExternalRequestId, Is.EqualTo("ext-42"));
    }

    [Test]
    public void Secrets_in_an_error_body_are_redacted_and_the_body_is_capped()
    {
        var echo = "{\"message\":\"bad key " + ApiKey + "\",\"api_key\":\"" + ApiKey + "\",\"auth\":\"Bearer abc.def.ghi\",\"pad\":\"" + new string('p', 10_000) + "\"}";
        _server.Response = new CannedResponse(HttpStatusCode.Unauthorized, echo);

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => _api.ValidateApiKeyAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error!.ToString(), Does.Not.Contain(ApiKey));
            Assert.That(error.ResponseBody, Does.Not.Contain(ApiKey));
            Assert.That(error.ResponseBody, Does.Not.Contain("abc.def.ghi"));
            Assert.That(error.ApiMessage, Is.EqualTo("bad key ***"));
            Assert.That(error.ResponseBody!.Length, Is.LessThanOrEqualTo(4096 + 20));
            Assert.That(error.ResponseBody, Does.EndWith("[truncated]"));
        });
    }
}
