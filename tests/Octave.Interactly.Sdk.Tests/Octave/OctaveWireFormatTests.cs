using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Support;
using WireMock.Matchers;

namespace Octave.Interactly.Sdk.Tests.Octave;

/// <summary>
/// What each IOctaveApi method puts on the wire: method, path, query, headers and the exact body. The stub answers
/// only a request that matches exactly; the assertions then read back what was sent.
/// </summary>
public sealed class OctaveWireFormatTests : OctaveApiOverWireMock
{
    [Test]
    public async Task RunWorkflow_posts_flat_body_with_typed_and_free_form_inputs()
    {
        const string expectedBody = """{"workflowOId":"caw_1","callbackUrl":"https://hooks.example.com/cb/abc","email":"ada@example.com","firstName":"Ada","outputFormat":"MARKDOWN"}""";
        Server.Given(OctaveCall("POST", "/api/v2/workflows/run")
                .WithHeader("x-external-request-id", new ExactMatcher("ext-1"))
                .WithHeader("Content-Type", new WildcardMatcher("application/json*"))
                .WithBody(new ExactMatcher(expectedBody)))
            .RespondWith(Answer(200, """{"jobOId":"bsjob_1","status":"pending","message":"started","extra":1}"""));
        var request = new RunWorkflowRequest("caw_1") { CallbackUrl = "https://hooks.example.com/cb/abc" }
            .SetInputs(new EnrichPersonRequest { Email = "ada@example.com", FirstName = "Ada" })
            .SetInput("outputFormat", "MARKDOWN");

        var response = await Api.RunWorkflowAsync(request, new WorkflowRequestOptions { ExternalRequestId = "ext-1" });

        var sent = OnlyRequest;
        Assert.Multiple(() =>
        {
            Assert.That(sent.Method, Is.EqualTo("POST"));
            Assert.That(sent.Path, Is.EqualTo("/api/v2/workflows/run"));
            Assert.That(sent.Body, Is.EqualTo(expectedBody));
            Assert.That(Header(sent, "api_key"), Is.EqualTo(ApiKey));
            Assert.That(Header(sent, "x-request-source"), Is.EqualTo("dotnet-sdk/" + SdkInfo.Version));
            Assert.That(Header(sent, "x-external-request-id"), Is.EqualTo("ext-1"));
            Assert.That(Header(sent, "Accept"), Is.EqualTo("application/json"));
            Assert.That(Header(sent, "Content-Type"), Does.StartWith("application/json"));
            Assert.That(response.JobOId, Is.EqualTo("bsjob_1"));
            Assert.That(response.Status, Is.EqualTo(OctaveJobStatus.Pending));
            Assert.That(response.AdditionalProperties!.ContainsKey("extra"), Is.True);
        });
    }

    [Test]
    public async Task RunWorkflow_without_callback_omits_the_key()
    {
        Server.Given(OctaveCall("POST", "/api/v2/workflows/run").WithBody(new ExactMatcher("""{"workflowOId":"caw_1"}""")))
            .RespondWith(Answer(200, """{"workflowRunOId":"bsjob_2","status":"running"}"""));

        var response = await Api.RunWorkflowAsync(new RunWorkflowRequest("caw_1"));

        Assert.That(OnlyRequest.Body, Is.EqualTo("""{"workflowOId":"caw_1"}"""));
        Assert.That(response.JobOId, Is.EqualTo("bsjob_2"), "the alias some pages use is accepted when reading");
    }

    [Test]
    public async Task GetWorkflowRunStatus_sends_jobOId_and_reads_counters_tolerantly()
    {
        Server.Given(OctaveCall("GET", "/api/v2/workflows/run/status").WithParam("jobOId", new ExactMatcher("bsjob_1")))
            .RespondWith(Answer(200, """
            {"_metadata":{"requestId":"req_9","timestamp":"2026-01-02T03:04:05Z","usage":1.5,"message":"ok"},
             "data":{"jobOId":"bsjob_1","totalCount":3,"processedCount":1,"successCount":1,"failedCount":0,
                     "startedAt":"2026-01-02T03:04:00Z","completedAt":"","createdAt":"2026-01-02T03:03:59Z",
                     "workflowOId":"caw_1","callbackUrl":null,"circuitBreakerReason":null,"newField":{"a":1}}}
            """));

        var status = await Api.GetWorkflowRunStatusAsync("bsjob_1");

        var sent = OnlyRequest;
        Assert.Multiple(() =>
        {
            Assert.That(sent.Method, Is.EqualTo("GET"));
            Assert.That(sent.Path, Is.EqualTo("/api/v2/workflows/run/status"));
            Assert.That(sent.RawQuery, Is.EqualTo("?jobOId=bsjob_1"));
            Assert.That(sent.Body, Is.Null.Or.Empty);
            Assert.That(status.Metadata!.RequestId, Is.EqualTo("req_9"));
            Assert.That(status.Metadata.Usage, Is.EqualTo(1.5));
            Assert.That(status.Data!.ProcessedCount, Is.EqualTo(1));
            Assert.That(status.Data.CompletedAt, Is.Null, "an empty completedAt means still running");
            Assert.That(status.Data.StartedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 0, TimeSpan.Zero)));
            Assert.That(status.Data.AdditionalProperties!.ContainsKey("newField"), Is.True);
        });
    }

    [Test]
    public async Task Query_values_are_escaped()
    {
        Server.Given(OctaveCall("GET", "/api/v2/workflows/run/status").WithParam("jobOId", new ExactMatcher("bsjob a&b=c")))
            .RespondWith(Answer(200, """{"_metadata":{},"data":{}}"""));

        await Api.GetWorkflowRunStatusAsync("bsjob a&b=c");

        Assert.That(OnlyRequest.RawQuery, Is.EqualTo("?jobOId=bsjob%20a%26b%3Dc"));
    }

    [Test]
    public async Task RunAgent_flattens_the_typed_agent_inputs()
    {
        const string expectedBody = """{"agentOId":"ca_1","callbackUrl":"https://hooks.example.com/cb","runtimeContext":{"user":{"oId":"user_1"}},"includeFullAnnotation":true,"companyDomain":"example.com"}""";
        Server.Given(OctaveCall("POST", "/api/v2/async/agent/run").WithBody(new ExactMatcher(expectedBody)))
            .RespondWith(Answer(200, """{"status":"pending","requestId":"asyncReqID_1","message":null,"agentOId":"ca_1"}"""));
        var agent = new EnrichCompanyRequest
        {
            AgentOId = "ca_1",
            CompanyDomain = "example.com",
            RuntimeContext = OctaveAgentRequest.Json("""{"user":{"oId":"user_1"}}"""),
            IncludeFullAnnotation = true,
        };

        var accepted = await Api.RunAgentAsync(RunAgentRequest.For(agent, "https://hooks.example.com/cb"));

        Assert.Multiple(() =>
        {
            Assert.That(OnlyRequest.Path, Is.EqualTo("/api/v2/async/agent/run"));
            Assert.That(OnlyRequest.Body, Is.EqualTo(expectedBody));
            Assert.That(accepted.RequestId, Is.EqualTo("asyncReqID_1"));
            Assert.That(accepted.Status, Is.EqualTo(OctaveJobStatus.Pending));
        });
    }

    [Test]
    public async Task GetAgentRunStatus_sends_requestId_and_reads_result_or_error()
    {
        Server.Given(OctaveCall("GET", "/api/v2/async/agent/run/status").WithParam("requestId", new ExactMatcher("asyncReqID_1")))
            .RespondWith(Answer(200, """{"_metadata":{},"data":{"agentRunOId":"asyncReqID_1","result":null,"error":"boom","createdAt":"2026-01-01T00:00:00Z"}}"""));

        var status = await Api.GetAgentRunStatusAsync("asyncReqID_1");

        Assert.Multiple(() =>
        {
            Assert.That(OnlyRequest.Path, Is.EqualTo("/api/v2/async/agent/run/status"));
            Assert.That(OnlyRequest.RawQuery, Is.EqualTo("?requestId=asyncReqID_1"));
            Assert.That(status.Data!.RequestId, Is.EqualTo("asyncReqID_1"));
            Assert.That(status.Data.Result, Is.Null, "a JSON null result is no result");
            Assert.That(status.Data.Error, Is.EqualTo("boom"));
        });
    }

    [Test]
    public async Task GenerateEmails_posts_nested_sequence_offering_and_recipient()
    {
        const string expectedBody = """{"callbackUrl":"https://hooks.example.com/cb","sequence":{"steps":3,"length":"SHORT","type":"WARM_OUTBOUND","primaryGoal":"SCHEDULE_MEETING"},"offering":{"url":"https://product.example.com","name":"Product"},"recipient":{"firstName":"Ada","companyName":"Example","companyDomain":"example.com"}}""";
        Server.Given(OctaveCall("POST", "/api/v2/async/headless/generate-emails").WithBody(new ExactMatcher(expectedBody)))
            .RespondWith(Answer(200, """{"status":"pending","requestId":"asyncReqID_2"}"""));
        var request = new GenerateEmailsRequest
        {
            CallbackUrl = "https://hooks.example.com/cb",
            Sequence = new EmailSequenceSpec { Steps = 3, Length = EmailSequenceLength.ShortEmails, Type = EmailSequenceType.WarmOutbound, PrimaryGoal = EmailSequenceGoal.ScheduleMeeting },
            Offering = new EmailOffering { Url = "https://product.example.com", Name = "Product" },
            Recipient = new EmailRecipient { FirstName = "Ada", CompanyName = "Example", CompanyDomain = "example.com" },
        };

        var accepted = await Api.GenerateEmailsAsync(request);

        Assert.That(OnlyRequest.Path, Is.EqualTo("/api/v2/async/headless/generate-emails"));
        Assert.That(OnlyRequest.Body, Is.EqualTo(expectedBody));
        Assert.That(accepted.RequestId, Is.EqualTo("asyncReqID_2"));
    }

    [Test]
    public async Task ValidateApiKey_is_a_get_with_the_key_header()
    {
        Server.Given(OctaveCall("GET", "/api/v2/api-key/validate")).RespondWith(Answer(200, """{"_metadata":{},"status":"ok","valid":true}"""));

        var result = await Api.ValidateApiKeyAsync();

        Assert.That(OnlyRequest.Method, Is.EqualTo("GET"));
        Assert.That(OnlyRequest.Path, Is.EqualTo("/api/v2/api-key/validate"));
        Assert.That(Header(OnlyRequest, "api_key"), Is.EqualTo(ApiKey));
        Assert.That(result.Valid, Is.True);
    }

    public static IEnumerable<TestCaseData> SyncAgents()
    {
        yield return Case("enrich-person", (api, ct) => api.EnrichPersonAsync(new EnrichPersonRequest { AgentOId = "ca_p", LinkedInProfile = "https://linkedin.com/in/ada" }, null, ct),
            """{"agentOId":"ca_p","linkedInProfile":"https://linkedin.com/in/ada"}""");
        yield return Case("enrich-company", (api, ct) => api.EnrichCompanyAsync(new EnrichCompanyRequest { AgentOId = "ca_c", CompanyDomain = "example.com", CrmAccountId = "crm_1" }, null, ct),
            """{"agentOId":"ca_c","companyDomain":"example.com","crmAccountId":"crm_1"}""");
        yield return Case("qualify-person", (api, ct) => api.QualifyPersonAsync(new QualifyPersonRequest { AgentOId = "ca_qp", Email = "ada@example.com" }, null, ct),
            """{"agentOId":"ca_qp","email":"ada@example.com"}""");
        yield return Case("qualify-company", (api, ct) => api.QualifyCompanyAsync(new QualifyCompanyRequest { AgentOId = "ca_qc", CompanyName = "Example" }, null, ct),
            """{"agentOId":"ca_qc","companyName":"Example"}""");
        yield return Case("generate-content", (api, ct) => api.GenerateContentAsync(new GenerateContentRequest { ExperimentOId = "ae_1", Url = "https://example.com", CustomContext = new OctaveCustomContext { Playbook = new OctaveReference("pb_1") } }, null, ct),
            """{"experimentOId":"ae_1","url":"https://example.com","customContext":{"playbook":{"oId":"pb_1"}}}""");
        yield return Case("sequence", (api, ct) => api.RunSequenceAgentAsync(new SequenceAgentRequest { AgentOId = "ca_s", OutputFormat = ContentOutputFormat.Html, RuntimeInstructions = new Dictionary<string, string> { ["all"] = "be brief", ["2"] = "mention the event" } }, null, ct),
            """{"agentOId":"ca_s","outputFormat":"html","runtimeInstructions":{"all":"be brief","2":"mention the event"}}""");
        yield return Case("prospector", (api, ct) => api.RunProspectorAsync(new ProspectorRequest { AgentOId = "ca_pr", CompanyDomain = "example.com", Limit = 5, SearchContext = new ProspectorSearchContext { ExactTitles = new[] { "CTO" } } }, null, ct),
            """{"agentOId":"ca_pr","companyDomain":"example.com","limit":5,"searchContext":{"exactTitles":["CTO"]}}""");
        yield return Case("context", (api, ct) => api.RunContextAgentAsync(new ContextAgentRequest { AgentOId = "ca_x", Query = "pricing?", AdditionalContext = new ContextAgentAdditionalContext { Details = "d" } }, null, ct),
            """{"agentOId":"ca_x","query":"pricing?","additionalContext":{"details":"d"}}""");

        static TestCaseData Case(string agent, Func<IOctaveApi, System.Threading.CancellationToken, Task<OctaveAgentResponse>> call, string body) =>
            new TestCaseData(agent, call, body).SetName("Sync agent " + agent);
    }

    [TestCaseSource(nameof(SyncAgents))]
    public async Task Sync_agent_posts_to_its_path_with_the_exact_body(
        string agent, Func<IOctaveApi, System.Threading.CancellationToken, Task<OctaveAgentResponse>> call, string expectedBody)
    {
        Server.Given(OctaveCall("POST", $"/api/v2/agents/{agent}/run").WithBody(new ExactMatcher(expectedBody)))
            .RespondWith(Answer(200, """{"_metadata":{"requestId":"r"},"found":true,"message":null,"data":{"score":7.5,"rationale":"fits"}}"""));

        var response = await call(Api, default);

        Assert.Multiple(() =>
        {
            Assert.That(OnlyRequest.Method, Is.EqualTo("POST"));
            Assert.That(OnlyRequest.Path, Is.EqualTo($"/api/v2/agents/{agent}/run"));
            Assert.That(OnlyRequest.Body, Is.EqualTo(expectedBody));
            Assert.That(response.Found, Is.True);
            Assert.That(response.Data!.Value.GetProperty("score").GetDouble(), Is.EqualTo(7.5));
        });
    }

    [Test]
    public async Task Typed_views_read_agent_data()
    {
        Server.Given(OctaveCall("POST", "/api/v2/agents/enrich-company/run")).RespondWith(Answer(200, """
            {"found":true,"data":{"company":{"name":"Example","domain":"example.com","employeeCount":"51-200","fundingRounds":[1]},"personas":[{"name":"CTO","matchConfidence":0.9}]}}
            """));

        var response = await Api.EnrichCompanyAsync(new EnrichCompanyRequest { AgentOId = "ca_c", CompanyDomain = "example.com" });
        var view = response.ReadEnrichCompany();

        Assert.That(view!.Company!.Name, Is.EqualTo("Example"));
        Assert.That(view.Company.EmployeeCount!.Value.GetString(), Is.EqualTo("51-200"));
        Assert.That(view.Company.AdditionalProperties!.ContainsKey("fundingRounds"), Is.True);
        Assert.That(view.AdditionalProperties!.ContainsKey("personas"), Is.True);
    }

    [Test]
    public async Task Request_source_can_be_overridden()
    {
        using var http = new HttpClient();
        var api = TestApis.Octave(http, new OctaveOptions { ApiKey = ApiKey, BaseUrl = OctaveBaseUrl, RequestSource = "my-service" });
        Server.Given(OctaveCall("GET", "/api/v2/api-key/validate", requestSource: "my-service")).RespondWith(Answer(200, """{"valid":true}"""));

        await api.ValidateApiKeyAsync();

        Assert.That(Header(OnlyRequest, "x-request-source"), Is.EqualTo("my-service"));
    }

    [Test]
    public async Task Unknown_status_values_are_kept()
    {
        Server.Given(OctaveCall("POST", "/api/v2/workflows/run")).RespondWith(Answer(200, """{"jobOId":"bsjob_1","status":"queued_for_review"}"""));

        var response = await Api.RunWorkflowAsync(new RunWorkflowRequest("caw_1"));

        Assert.That(response.Status.Value, Is.EqualTo("queued_for_review"));
        Assert.That(response.Status.IsKnown, Is.False);
    }

    [Test]
    public void Malformed_success_body_is_a_typed_error()
    {
        Server.Given(OctaveCall("POST", "/api/v2/workflows/run")).RespondWith(Answer(200, """{"jobOId":"""));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => Api.RunWorkflowAsync(new RunWorkflowRequest("caw_1")));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(error.ApiMessage, Does.StartWith("The response could not be read"));
    }

    [Test]
    public void Body_over_the_size_limit_is_rejected()
    {
        using var http = new HttpClient();
        var api = TestApis.Octave(http, new OctaveOptions { ApiKey = ApiKey, BaseUrl = OctaveBaseUrl, MaxResponseBytes = 64 });
        Server.Given(OctaveCall("GET", "/api/v2/api-key/validate")).RespondWith(Answer(200, "{\"message\":\"" + new string('x', 500) + "\"}"));

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => api.ValidateApiKeyAsync());

        Assert.That(error!.ApiMessage, Does.Contain("limit of 64 bytes"));
    }
}
