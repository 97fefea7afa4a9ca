using System.Net;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class OctaveSyncAgentEndpointTests : EmulatorTestBase
{
    [TestCase("enrich-company", "{\"agentOId\":\"ca_enrich_company\",\"companyDomain\":\"acme.com\"}", "company.domain")]
    [TestCase("enrich-person", "{\"agentOId\":\"ca_enrich_person\",\"email\":\"ada@acme.com\"}", "person.email")]
    [TestCase("qualify-person", "{\"agentOId\":\"ca_qualify_person\",\"email\":\"ada@acme.com\"}", "score")]
    [TestCase("qualify-company", "{\"agentOId\":\"ca_qualify_company\",\"companyDomain\":\"acme.com\"}", "rationale")]
    [TestCase("generate-content", "{\"agentOId\":\"ca_content\",\"companyDomain\":\"acme.com\"}", "content")]
    [TestCase("sequence", "{\"agentOId\":\"ca_sequence\",\"firstName\":\"Ada\"}", "emails")]
    [TestCase("prospector", "{\"agentOId\":\"ca_prospector\",\"companyDomain\":\"acme.com\",\"limit\":2}", "prospects")]
    [TestCase("context", "{\"agentOId\":\"ca_context\",\"query\":\"pricing\"}", "documents")]
    public async Task Each_agent_answers_in_the_envelope(string path, string body, string dataPath)
    {
        var (status, json) = await PostAsync("api/v2/agents/" + path + "/run", body);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), json?.ToJsonString());
        Assert.That((bool)json!["found"]!, Is.True);
        Assert.That(json["message"], Is.Null);
        Assert.That((string?)json["_metadata"]!["requestId"], Does.StartWith("req_"));
        var node = json["data"];
        foreach (string part in dataPath.Split('.'))
        {
            node = node![part];
        }

        Assert.That(node, Is.Not.Null, "data." + dataPath);
    }

    [Test]
    public async Task Outputs_are_deterministic_and_follow_the_inputs()
    {
        var (_, first) = await PostAsync("api/v2/agents/enrich-person/run", new { agentOId = "ca_enrich_person", email = "grace@navy.mil", firstName = "Grace" });
        var (_, second) = await PostAsync("api/v2/agents/enrich-person/run", new { agentOId = "ca_enrich_person", email = "grace@navy.mil", firstName = "Grace" });

        Assert.That(second!["data"]!.ToJsonString(), Is.EqualTo(first!["data"]!.ToJsonString()));
        Assert.That((string?)first["data"]!["person"]!["firstName"], Is.EqualTo("Grace"));
        Assert.That((string?)first["data"]!["company"]!["domain"], Is.EqualTo("navy.mil"));
    }

    [Test]
    public async Task Prospector_honours_the_limit()
    {
        var (_, json) = await PostAsync("api/v2/agents/prospector/run", new { agentOId = "ca_prospector", companyDomain = "acme.com", limit = 3 });

        Assert.That(json!["data"]!["prospects"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That((bool)json["data"]!["hasMore"]!, Is.False);
    }

    [Test]
    public async Task Qualification_score_is_between_0_and_10()
    {
        var (_, json) = await PostAsync("api/v2/agents/qualify-company/run", new { agentOId = "ca_qualify_company", companyDomain = "acme.com" });

        Assert.That((double)json!["data"]!["score"]!, Is.InRange(0.0, 10.0));
    }

    [TestCase("enrich-company", "{}", "agentOId")]
    [TestCase("generate-content", "{}", "experimentOId")]
    [TestCase("sequence", "{\"agentOId\":\"ca_sequence\",\"experimentOId\":\"ae_1\"}", "exactly one")]
    [TestCase("context", "{\"agentOId\":\"ca_context\"}", "query")]
    public async Task Missing_required_fields_are_a_400_naming_the_field(string path, string body, string expected)
    {
        var (status, json) = await PostAsync("api/v2/agents/" + path + "/run", body);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)json!["message"], Does.Contain(expected));
    }

    [Test]
    public async Task Context_accepts_a_runtimeContext_string_instead_of_a_query()
    {
        var (status, _) = await PostAsync("api/v2/agents/context/run", new { agentOId = "ca_context", runtimeContext = "pricing questions" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_experiment_runs_without_a_saved_agent()
    {
        var (status, json) = await PostAsync("api/v2/agents/generate-content/run", new { experimentOId = "ae_1", companyName = "Acme" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)json!["data"]!["content"], Does.Contain("Acme"));
    }

    [Test]
    public async Task An_unknown_agent_is_a_404_with_found_false()
    {
        var (status, json) = await PostAsync("api/v2/agents/enrich-company/run", new { agentOId = "ca_nope" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((bool)json!["found"]!, Is.False);
    }

    [Test]
    public async Task An_agent_on_the_wrong_path_is_a_400()
    {
        var (status, json) = await PostAsync("api/v2/agents/enrich-company/run", new { agentOId = "ca_enrich_person" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)json!["message"], Does.Contain("EnrichPerson"));
    }

    [Test]
    public async Task Api_key_validation_reports_ok()
    {
        var (status, json) = await GetAsync("api/v2/api-key/validate");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((string?)json!["status"], Is.EqualTo("ok"));
        Assert.That((bool)json["valid"]!, Is.True);
    }
}
