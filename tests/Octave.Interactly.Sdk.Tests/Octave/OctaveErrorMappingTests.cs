using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using WireMock.Matchers;

namespace Octave.Interactly.Sdk.Tests.Octave;

/// <summary>Every non-success answer becomes a WorkflowApiException carrying what the server said.</summary>
public sealed class OctaveErrorMappingTests : OctaveApiOverWireMock
{
    private const string StatusPath = "/api/v2/workflows/run/status";

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
        Server.Given(StatusOf("bsjob_x")).RespondWith(Answer((int)status, body));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => Api.GetWorkflowRunStatusAsync("bsjob_x"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(status));
            Assert.That(error.Service, Is.EqualTo(WorkflowService.Octave));
            Assert.That(error.Method, Is.EqualTo("GET"));
            Assert.That(error.Path, Is.EqualTo(StatusPath));
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
        // One scenario, two answers in turn: the first carries the id in a header and the body, the second in the body only.
        const string body = """{"message":"nope","_metadata":{"requestId":"req_body"}}""";
        Server.Given(StatusOf("bsjob_x")).InScenario("request id").WillSetStateTo("header sent")
            .RespondWith(Answer(404, body, new Dictionary<string, string> { ["x-request-id"] = "req_header" }));
        Server.Given(StatusOf("bsjob_x")).InScenario("request id").WhenStateIs("header sent")
            .RespondWith(Answer(404, body));

        var fromHeader = Assert.ThrowsAsync<WorkflowApiException>(() => Api.GetWorkflowRunStatusAsync("bsjob_x"));
        var fromBody = Assert.ThrowsAsync<WorkflowApiException>(() => Api.GetWorkflowRunStatusAsync("bsjob_x"));

        Assert.That(fromHeader!.RequestId, Is.EqualTo("req_header"));
        Assert.That(fromHeader.Message, Does.Contain("req_header"));
        Assert.That(fromBody!.RequestId, Is.EqualTo("req_body"));
        Assert.That(Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void Retry_after_in_seconds_is_exposed()
    {
        Server.Given(OctaveCall("GET", "/api/v2/api-key/validate"))
            .RespondWith(Answer(429, """{"message":"Slow down"}""", new Dictionary<string, string> { ["Retry-After"] = "7" }));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => Api.ValidateApiKeyAsync());

        Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public void External_request_id_is_carried_on_the_error()
    {
        Server.Given(OctaveCall("POST", "/api/v2/workflows/run").WithHeader("x-external-request-id", new ExactMatcher("ext-42")))
            .RespondWith(Answer(400, """{"message":"bad"}"""));

        var error = Assert.ThrowsAsync<WorkflowApiException>(
            () => Api.RunWorkflowAsync(new RunWorkflowRequest("caw_1"), new WorkflowRequestOptions { ExternalRequestId = "ext-42" }));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.ExternalRequestId, Is.EqualTo("ext-42"));
    }

    [Test]
    public void Secrets_in_an_error_body_are_redacted_and_the_body_is_capped()
    {
        var echo = "{\"message\":\"bad key " + ApiKey + "\",\"api_key\":\"" + ApiKey + "\",\"auth\":\"Bearer abc.def.ghi\",\"pad\":\"" + new string('p', 10_000) + "\"}";
        Server.Given(OctaveCall("GET", "/api/v2/api-key/validate")).RespondWith(Answer(401, echo));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => Api.ValidateApiKeyAsync());

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

    private static WireMock.RequestBuilders.IRequestBuilder StatusOf(string jobOId) =>
        OctaveCall("GET", StatusPath).WithParam("jobOId", new ExactMatcher(jobOId));
}
