using System;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Octave;

/// <summary>Bad input is rejected before any request, with the field named.</summary>
public sealed class OctaveValidationTests : OctaveApiOverWireMock
{
    [TearDown]
    public void NoRequestWasSent() =>
        Assert.That(Server.LogEntries, Is.Empty, "validation must fail before any request is sent");

    [Test]
    public void Empty_workflow_id() =>
        AssertField("workflowOId", () => Api.RunWorkflowAsync(new RunWorkflowRequest(" ")));

    [TestCase("not a url")]
    [TestCase("http://hooks.example.com/cb")]
    [TestCase("ftp://127.0.0.1/cb")]
    public void Callback_url_must_be_absoluteHttps_or_loopbackHttp(string url) =>
        AssertField("callbackUrl", () => Api.RunWorkflowAsync(new RunWorkflowRequest("caw_1") { CallbackUrl = url }));

    [Test]
    public void Inputs_may_not_shadow_the_request_fields()
    {
        var request = new RunWorkflowRequest("caw_1").SetInput("callbackUrl", "https://x.example.com");
        AssertField("inputs", () => Api.RunWorkflowAsync(request));
    }

    [Test]
    public void Empty_job_id() => AssertField("jobOId", () => Api.GetWorkflowRunStatusAsync(""));

    [Test]
    public void Empty_request_id() => AssertField("requestId", () => Api.GetAgentRunStatusAsync(""));

    [Test]
    public void Async_agent_needs_agent_and_callback()
    {
        AssertField("agentOId", () => Api.RunAgentAsync(new RunAgentRequest { CallbackUrl = "https://x.example.com" }));
        AssertField("callbackUrl", () => Api.RunAgentAsync(new RunAgentRequest { AgentOId = "ca_1" }));
    }

    [TestCase(0)]
    [TestCase(8)]
    public void Email_steps_are_one_to_seven(int steps) =>
        AssertField("sequence.steps", () => Api.GenerateEmailsAsync(ValidEmails(r => r.Sequence.Steps = steps)));

    [Test]
    public void Email_required_fields_are_named()
    {
        AssertField("callbackUrl", () => Api.GenerateEmailsAsync(ValidEmails(r => r.CallbackUrl = "")));
        AssertField("offering.url", () => Api.GenerateEmailsAsync(ValidEmails(r => r.Offering.Url = "")));
        AssertField("offering.name", () => Api.GenerateEmailsAsync(ValidEmails(r => r.Offering.Name = "")));
        AssertField("recipient.firstName", () => Api.GenerateEmailsAsync(ValidEmails(r => r.Recipient.FirstName = "")));
        AssertField("recipient.companyName", () => Api.GenerateEmailsAsync(ValidEmails(r => r.Recipient.CompanyName = "")));
        AssertField("recipient.companyDomain", () => Api.GenerateEmailsAsync(ValidEmails(r => r.Recipient.CompanyDomain = "")));
    }

    [Test]
    public void Sync_agents_need_an_agent()
    {
        AssertField("agentOId", () => Api.EnrichPersonAsync(new EnrichPersonRequest { Email = "a@example.com" }));
        AssertField("agentOId", () => Api.EnrichCompanyAsync(new EnrichCompanyRequest()));
        AssertField("agentOId", () => Api.QualifyPersonAsync(new QualifyPersonRequest()));
        AssertField("agentOId", () => Api.QualifyCompanyAsync(new QualifyCompanyRequest()));
        AssertField("agentOId", () => Api.RunProspectorAsync(new ProspectorRequest()));
        AssertField("agentOId", () => Api.GenerateContentAsync(new GenerateContentRequest()));
    }

    [Test]
    public void Sequence_agent_needs_exactly_one_of_agent_and_experiment()
    {
        AssertField("agentOId", () => Api.RunSequenceAgentAsync(new SequenceAgentRequest()));
        AssertField("agentOId", () => Api.RunSequenceAgentAsync(new SequenceAgentRequest { AgentOId = "ca_1", ExperimentOId = "ae_1" }));
    }

    [Test]
    public void Context_agent_needs_a_query_or_a_string_context() =>
        AssertField("query", () => Api.RunContextAgentAsync(new ContextAgentRequest { AgentOId = "ca_1" }));

    [Test]
    public void Prospector_limit_cannot_be_negative() =>
        AssertField("limit", () => Api.RunProspectorAsync(new ProspectorRequest { AgentOId = "ca_1", Limit = -1 }));

    [Test]
    public void MissingApi_key_names_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => _ = TestApis.Octave(Http, new OctaveOptions { BaseUrl = OctaveBaseUrl }));
        Assert.That(error!.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(error.Message, Does.StartWith("OctaveOptions.ApiKey is required."));
    }

    [Test]
    public void PlainHttp_base_url_is_refused_unless_loopback()
    {
        var error = Assert.Throws<ArgumentException>(() => _ = TestApis.Octave(Http, new OctaveOptions { ApiKey = "key-12345678", BaseUrl = new Uri("http://app.octavehq.com/") }));
        Assert.That(error!.ParamName, Is.EqualTo("BaseUrl"));
    }

    private static GenerateEmailsRequest ValidEmails(Action<GenerateEmailsRequest> change)
    {
        var request = new GenerateEmailsRequest
        {
            CallbackUrl = "https://hooks.example.com/cb",
            Sequence = new EmailSequenceSpec { Steps = 2 },
            Offering = new EmailOffering { Url = "https://p.example.com", Name = "P" },
            Recipient = new EmailRecipient { FirstName = "Ada", CompanyName = "Example", CompanyDomain = "example.com" },
        };
        change(request);
        return request;
    }

    private static void AssertField(string field, Func<Task> call)
    {
        var error = Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => call());
        Assert.That(((ArgumentException)error!).ParamName, Is.EqualTo(field));
    }
}
