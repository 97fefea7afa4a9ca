using System;
using System.Net.Http;
using System.Text;

namespace Octave.Interactly.Sdk.Tests.Runs;

/// <summary>Portable run tokens: round trip, format, and clear rejection of anything else.</summary>
public sealed class RunTokenTests
{
    private HttpClient _http = null!;
    private OctaveClient _client = null!;

    [SetUp]
    public void CreateClient()
    {
        _http = new HttpClient();
        _client = OctaveClient.Create(_http, new OctaveOptions { ApiKey = "key-123456" });
    }

    [TearDown]
    public void DisposeClient() => _http.Dispose();

    [Test]
    public void A_workflow_run_round_trips_through_its_token()
    {
        var token = _client.GetWorkflowRun("bsjob_3rgkoHhR00cEdE9DjKeIK").ToToken();
        var rebuilt = WorkflowRun.FromToken(_client, token);
        Assert.Multiple(() =>
        {
            Assert.That(rebuilt.Id, Is.EqualTo("bsjob_3rgkoHhR00cEdE9DjKeIK"));
            Assert.That(rebuilt.HasCompleted, Is.False);
            Assert.That(rebuilt.LastStatus, Is.Null);
        });
    }

    [Test]
    public void An_agent_run_round_trips_through_its_token() =>
        Assert.That(AgentRun.FromToken(_client, _client.GetAgentRun("asyncReqID_x/+=é").ToToken()).Id, Is.EqualTo("asyncReqID_x/+=é"));

    [Test]
    public void The_token_is_url_safe_versioned_json()
    {
        var token = _client.GetWorkflowRun("bsjob_1").ToToken();
        Assert.Multiple(() =>
        {
            Assert.That(token, Does.Match("^[A-Za-z0-9_-]+$"));
            Assert.That(Decode(token), Is.EqualTo("{\"v\":1,\"k\":\"workflow\",\"id\":\"bsjob_1\"}"));
        });
    }

    [TestCase("not a token")]
    [TestCase("abc")]
    [TestCase("a")]
    [TestCase("%%%%")]
    public void Garbage_is_rejected_naming_the_token(string garbage) => AssertRejected(garbage, "not a valid Octave run token");

    [TestCase("[1,2]")]
    [TestCase("{\"v\":1,\"k\":\"workflow\"}")]
    [TestCase("{\"v\":1,\"k\":\"workflow\",\"id\":\"\"}")]
    [TestCase("{\"v\":1,\"k\":\"batch\",\"id\":\"x\"}")]
    [TestCase("{\"v\":\"1\",\"k\":\"workflow\",\"id\":\"x\"}")]
    [TestCase("hello")]
    public void Well_encoded_but_wrong_content_is_rejected(string json) => AssertRejected(Encode(json), "not a valid Octave run token");

    [Test]
    public void A_token_of_a_future_version_is_rejected_saying_so() =>
        AssertRejected(Encode("{\"v\":2,\"k\":\"workflow\",\"id\":\"bsjob_1\"}"), "version 2 is not supported");

    [Test]
    public void An_agent_token_is_not_a_workflow_token()
    {
        var agentToken = _client.GetAgentRun("asyncReqID_1").ToToken();
        Assert.That(
            () => WorkflowRun.FromToken(_client, agentToken),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("token").And.Message.Contains("AgentRun.FromToken"));
    }

    [Test]
    public void Empty_and_oversized_tokens_are_rejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => WorkflowRun.FromToken(_client, ""), Throws.ArgumentException.With.Property("ParamName").EqualTo("token"));
            Assert.That(() => WorkflowRun.FromToken(_client, new string('A', 5000)), Throws.ArgumentException.With.Property("ParamName").EqualTo("token"));
        });
    }

    [Test]
    public void Rebuilding_by_id_needs_an_id()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => _client.GetWorkflowRun(" "), Throws.ArgumentException.With.Property("ParamName").EqualTo("jobOId"));
            Assert.That(() => _client.GetAgentRun(""), Throws.ArgumentException.With.Property("ParamName").EqualTo("requestId"));
        });
    }

    private void AssertRejected(string token, string messagePart) =>
        Assert.That(
            () => WorkflowRun.FromToken(_client, token),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("token").And.Message.Contains(messagePart));

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Decode(string token)
    {
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - (base64.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
    }
}
