using System.Net;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class OctaveAsyncAgentEndpointTests : EmulatorTestBase
{
    private const string Callback = "http://127.0.0.1:9/callbacks/x";

    [Test]
    public async Task Starting_an_agent_returns_a_pending_request()
    {
        var (status, body) = await PostAsync("api/v2/async/agent/run", new { agentOId = "ca_enrich_company", callbackUrl = Callback, companyDomain = "acme.com" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)body!["status"], Is.EqualTo("pending"));
        Assert.That((string?)body["requestId"], Does.StartWith("asyncReqID_"));
        Assert.That((string?)body["agentOId"], Is.EqualTo("ca_enrich_company"));
    }

    [Test]
    public async Task The_result_appears_when_the_run_completes()
    {
        var (_, started) = await PostAsync("api/v2/async/agent/run", new { agentOId = "ca_enrich_company", callbackUrl = Callback, companyDomain = "acme.com" });
        string requestId = (string)started!["requestId"]!;

        var (_, early) = await GetAsync("api/v2/async/agent/run/status?requestId=" + requestId);
        var final = await PollAsync("api/v2/async/agent/run/status?agentRunOId=" + requestId, b => b["data"]!["result"] is not null);

        Assert.That(early!["data"]!["result"], Is.Null);
        Assert.That(early["data"]!["error"], Is.Null);
        Assert.That((string?)final["data"]!["requestId"], Is.EqualTo(requestId));
        Assert.That((string?)final["data"]!["result"]!["company"]!["domain"], Is.EqualTo("acme.com"));
        Assert.That(final["data"]!["error"], Is.Null);
    }

    [Test]
    public async Task A_failing_agent_reports_an_error_and_no_result()
    {
        var (_, started) = await PostAsync("api/v2/async/agent/run", new { agentOId = "ca_demo_fails", callbackUrl = Callback });
        var final = await PollAsync("api/v2/async/agent/run/status?requestId=" + (string)started!["requestId"]!, b => b["data"]!["error"] is not null);

        Assert.That((string?)final["data"]!["error"], Does.Contain("failed"));
        Assert.That(final["data"]!["result"], Is.Null);
    }

    [TestCase("agentOId")]
    [TestCase("callbackUrl")]
    public async Task Missing_required_fields_are_a_400_naming_the_field(string field)
    {
        object body = field == "agentOId" ? new { callbackUrl = Callback } : new { agentOId = "ca_enrich_company" };
        var (status, json) = await PostAsync("api/v2/async/agent/run", body);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)json!["message"], Does.Contain(field));
    }

    [Test]
    public async Task An_unknown_agent_is_a_404()
    {
        var (status, _) = await PostAsync("api/v2/async/agent/run", new { agentOId = "ca_nope", callbackUrl = Callback });
        var (statusPoll, _) = await GetAsync("api/v2/async/agent/run/status?requestId=asyncReqID_nope");
        var (missing, _) = await GetAsync("api/v2/async/agent/run/status");

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(statusPoll, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Generated_emails_have_one_email_per_step_and_are_deterministic()
    {
        var request = new
        {
            callbackUrl = Callback,
            sequence = new { steps = 3, type = "COLD_OUTBOUND" },
            offering = new { url = "https://octave.example", name = "Octave" },
            recipient = new { firstName = "Ada", companyName = "Acme", companyDomain = "acme.com" },
        };
        var (status, started) = await PostAsync("api/v2/async/headless/generate-emails", request);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)started!["requestId"], Does.StartWith("asyncReqID_"));
        var (_, again) = await PostAsync("api/v2/async/headless/generate-emails", request);

        var first = await PollAsync("api/v2/async/agent/run/status?requestId=" + (string)started["requestId"]!, b => b["data"]!["result"] is not null);
        var second = await PollAsync("api/v2/async/agent/run/status?requestId=" + (string)again!["requestId"]!, b => b["data"]!["result"] is not null);

        var emails = first["data"]!["result"]!["emails"]!.AsArray();
        Assert.That(emails, Has.Count.EqualTo(3));
        Assert.That((int)emails[2]!["step"]!, Is.EqualTo(3));
        Assert.That((string?)emails[0]!["body"], Does.Contain("Ada"));
        Assert.That(second["data"]!["result"]!.ToJsonString(), Is.EqualTo(first["data"]!["result"]!.ToJsonString()));
    }

    [TestCase("{\"sequence\":{\"steps\":2},\"offering\":{\"url\":\"u\",\"name\":\"n\"},\"recipient\":{\"firstName\":\"a\",\"companyName\":\"b\",\"companyDomain\":\"c\"}}", "callbackUrl")]
    [TestCase("{\"callbackUrl\":\"http://127.0.0.1:9/c\",\"offering\":{\"url\":\"u\",\"name\":\"n\"},\"recipient\":{\"firstName\":\"a\",\"companyName\":\"b\",\"companyDomain\":\"c\"}}", "sequence")]
    [TestCase("{\"callbackUrl\":\"http://127.0.0.1:9/c\",\"sequence\":{\"steps\":8},\"offering\":{\"url\":\"u\",\"name\":\"n\"},\"recipient\":{\"firstName\":\"a\",\"companyName\":\"b\",\"companyDomain\":\"c\"}}", "sequence.steps")]
    [TestCase("{\"callbackUrl\":\"http://127.0.0.1:9/c\",\"sequence\":{\"steps\":0},\"offering\":{\"url\":\"u\",\"name\":\"n\"},\"recipient\":{\"firstName\":\"a\",\"companyName\":\"b\",\"companyDomain\":\"c\"}}", "sequence.steps")]
    [TestCase("{\"callbackUrl\":\"http://127.0.0.1:9/c\",\"sequence\":{\"steps\":2},\"offering\":{\"url\":\"u\"},\"recipient\":{\"firstName\":\"a\",\"companyName\":\"b\",\"companyDomain\":\"c\"}}", "offering.name")]
    [TestCase("{\"callbackUrl\":\"http://127.0.0.1:9/c\",\"sequence\":{\"steps\":2},\"offering\":{\"url\":\"u\",\"name\":\"n\"},\"recipient\":{\"firstName\":\"a\",\"companyName\":\"b\"}}", "recipient.companyDomain")]
    public async Task Email_generation_validates_each_required_field(string body, string field)
    {
        var (status, json) = await PostAsync("api/v2/async/headless/generate-emails", body);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)json!["message"], Does.StartWith(field));
    }
}
