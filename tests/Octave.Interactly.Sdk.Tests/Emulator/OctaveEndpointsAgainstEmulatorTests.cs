using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Emulator;

/// <summary>Every IOctaveApi method, over loopback HTTP, against the emulator: the two sides agree on the wire.</summary>
public sealed class OctaveEndpointsAgainstEmulatorTests
{
    private WorkflowEmulator _emulator = null!;
    private HttpClient _http = null!;
    private IOctaveApi _api = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { JobPendingMilliseconds = 10, JobRunningMilliseconds = 40 });
        _http = new HttpClient();
        _api = TestApis.Octave(_http, new OctaveOptions { ApiKey = "emulator-key", BaseUrl = _emulator.OctaveBaseUrl });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task Workflow_run_is_started_and_polled_to_completion()
    {
        var started = await _api.RunWorkflowAsync(
            new RunWorkflowRequest("caw_demo_enrich").SetInputs(new EnrichPersonRequest { Email = "ada@example.com", FirstName = "Ada" }),
            new WorkflowRequestOptions { ExternalRequestId = "ext-emu-1" });
        Assert.That(started.JobOId, Does.StartWith("bsjob_"));
        Assert.That(started.Status, Is.EqualTo(OctaveJobStatus.Pending));

        var status = await PollUntil(() => _api.GetWorkflowRunStatusAsync(started.JobOId!), s => s.Data?.CompletedAt is not null);

        Assert.Multiple(() =>
        {
            Assert.That(status.Data!.JobOId, Is.EqualTo(started.JobOId));
            Assert.That(status.Data.WorkflowOId, Is.EqualTo("caw_demo_enrich"));
            Assert.That(status.Data.ProcessedCount, Is.EqualTo(status.Data.TotalCount));
            Assert.That(status.Data.FailedCount, Is.Zero);
            Assert.That(status.Data.StartedAt, Is.Not.Null);
            Assert.That(status.Metadata!.RequestId, Is.Not.Empty);
        });
        var journal = _emulator.Journal.Entries;
        Assert.That(journal, Has.Some.Matches<JournalEntry>(e => e.ExternalRequestId == "ext-emu-1" && e.Path == "/api/v2/workflows/run"));
    }

    [Test]
    public async Task Failing_workflow_reports_failed_items_and_circuit_breaker_reason()
    {
        var started = await _api.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_fails"));

        var status = await PollUntil(() => _api.GetWorkflowRunStatusAsync(started.JobOId!), s => s.Data?.CompletedAt is not null);

        Assert.That(status.Data!.FailedCount, Is.GreaterThan(0));
        Assert.That(status.Data.CircuitBreakerReason, Is.Not.Empty);
    }

    [Test]
    public async Task Async_agent_run_is_polled_until_it_has_a_result()
    {
        var accepted = await _api.RunAgentAsync(RunAgentRequest.For(
            new EnrichCompanyRequest { AgentOId = "ca_enrich_company", CompanyDomain = "example.com" },
            "http://127.0.0.1:9/unused"));
        Assert.That(accepted.RequestId, Does.StartWith("asyncReqID_"));

        var status = await PollUntil(() => _api.GetAgentRunStatusAsync(accepted.RequestId!), s => s.Data?.Result is not null || s.Data?.Error is not null);

        Assert.That(status.Data!.Error, Is.Null);
        Assert.That(status.Data.Result!.Value.GetProperty("company").GetProperty("domain").GetString(), Is.EqualTo("example.com"));
    }

    [Test]
    public async Task Failing_async_agent_reports_its_error()
    {
        var accepted = await _api.RunAgentAsync(new RunAgentRequest { AgentOId = "ca_demo_fails", CallbackUrl = "http://127.0.0.1:9/unused" });

        var status = await PollUntil(() => _api.GetAgentRunStatusAsync(accepted.RequestId!), s => s.Data?.Result is not null || s.Data?.Error is not null);

        Assert.That(status.Data!.Result, Is.Null);
        Assert.That(status.Data.Error, Is.Not.Empty);
    }

    [Test]
    public async Task Email_generation_produces_one_email_per_step()
    {
        var accepted = await _api.GenerateEmailsAsync(new GenerateEmailsRequest
        {
            CallbackUrl = "http://127.0.0.1:9/unused",
            Sequence = new EmailSequenceSpec { Steps = 3, PrimaryGoal = EmailSequenceGoal.ScheduleMeeting },
            Offering = new EmailOffering { Url = "https://product.example.com", Name = "Product" },
            Recipient = new EmailRecipient { FirstName = "Ada", CompanyName = "Example", CompanyDomain = "example.com" },
        });

        var status = await PollUntil(() => _api.GetAgentRunStatusAsync(accepted.RequestId!), s => s.Data?.Result is not null || s.Data?.Error is not null);

        Assert.That(status.Data!.Result!.Value.GetProperty("emails").GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public async Task Api_key_validation_succeeds_and_a_rejected_key_is_a_401()
    {
        Assert.That((await _api.ValidateApiKeyAsync()).Valid, Is.True);

        await using var strict = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { ApiKeys = { "only-this-key" } });
        using var http = new HttpClient();
        var wrongKey = TestApis.Octave(http, new OctaveOptions { ApiKey = "another-key", BaseUrl = strict.OctaveBaseUrl });
        var error = Assert.ThrowsAsync<WorkflowApiException>(() => wrongKey.ValidateApiKeyAsync());
        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(error.ApiMessage, Does.StartWith("Invalid or missing API key"));
        Assert.That(error.RequestId, Does.StartWith("req_"));
    }

    [Test]
    public async Task Every_synchronous_agent_answers_with_its_data()
    {
        var person = await _api.EnrichPersonAsync(new EnrichPersonRequest { AgentOId = "ca_enrich_person", Email = "ada@example.com", FirstName = "Ada" });
        var company = await _api.EnrichCompanyAsync(new EnrichCompanyRequest { AgentOId = "ca_enrich_company", CompanyDomain = "example.com" });
        var qualifiedPerson = await _api.QualifyPersonAsync(new QualifyPersonRequest { AgentOId = "ca_qualify_person", Email = "ada@example.com" });
        var qualifiedCompany = await _api.QualifyCompanyAsync(new QualifyCompanyRequest { AgentOId = "ca_qualify_company", CompanyDomain = "example.com" });
        var content = await _api.GenerateContentAsync(new GenerateContentRequest { AgentOId = "ca_content", CompanyDomain = "example.com", OutputFormat = ContentOutputFormat.Markdown });
        var sequence = await _api.RunSequenceAgentAsync(new SequenceAgentRequest { AgentOId = "ca_sequence", FirstName = "Ada", CompanyName = "Example" });
        var prospects = await _api.RunProspectorAsync(new ProspectorRequest { AgentOId = "ca_prospector", CompanyDomain = "example.com", Limit = 2 });
        var context = await _api.RunContextAgentAsync(new ContextAgentRequest { AgentOId = "ca_context", Query = "What do they sell?" });

        Assert.Multiple(() =>
        {
            Assert.That(person.Data!.Value.GetProperty("person").GetProperty("email").GetString(), Is.EqualTo("ada@example.com"));
            Assert.That(company.ReadEnrichCompany()!.Company!.Domain, Is.EqualTo("example.com"));
            Assert.That(qualifiedPerson.ReadQualification()!.Score, Is.InRange(0, 10));
            Assert.That(qualifiedCompany.ReadQualification()!.Rationale, Is.Not.Empty);
            Assert.That(content.Data!.Value.GetProperty("content").GetString(), Is.Not.Empty);
            Assert.That(sequence.Data!.Value.GetProperty("emails").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(prospects.Data!.Value.GetProperty("prospects").GetArrayLength(), Is.EqualTo(2));
            Assert.That(context.ReadContext()!.Documents, Is.Not.Empty);
        });
    }

    [Test]
    public void Unknown_ids_are_404s_with_the_servers_message()
    {
        var workflow = Assert.ThrowsAsync<WorkflowApiException>(() => _api.RunWorkflowAsync(new RunWorkflowRequest("caw_missing")));
        var job = Assert.ThrowsAsync<WorkflowApiException>(() => _api.GetWorkflowRunStatusAsync("bsjob_missing"));
        var agent = Assert.ThrowsAsync<WorkflowApiException>(() => _api.EnrichCompanyAsync(new EnrichCompanyRequest { AgentOId = "ca_missing" }));

        Assert.That(workflow!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(workflow.ApiMessage, Does.Contain("caw_missing"));
        Assert.That(job!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(agent!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static async Task<T> PollUntil<T>(Func<Task<T>> poll, Func<T, bool> done)
    {
        // Runs last tens of milliseconds; the bound only stops a broken emulator from hanging the suite.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await poll();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(10);
        }
    }
}
