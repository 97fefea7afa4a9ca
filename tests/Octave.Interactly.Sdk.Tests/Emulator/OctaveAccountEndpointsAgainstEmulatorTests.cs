using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.Emulator;

/// <summary>
/// The Runs API, the agents and API-key lists and credit usage over loopback against the emulator: the SDK and the
/// emulator agree on the wire, and the emulator's state (catalog, started runs) shows through them.
/// </summary>
public sealed class OctaveAccountEndpointsAgainstEmulatorTests
{
    private WorkflowEmulator _emulator = null!;
    private HttpClient _http = null!;
    private IOctaveApi _api = null!;
    private OctaveClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { JobPendingMilliseconds = 10, JobRunningMilliseconds = 40 });
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        _api = TestApis.Octave(_http, new OctaveOptions { ApiKey = "emulator-key", BaseUrl = _emulator.OctaveBaseUrl });
        _client = new OctaveClient(_api, new OctaveClientOptions
        {
            Polling = new PollingOptions
            {
                InitialInterval = TimeSpan.FromMilliseconds(5),
                MaxInterval = TimeSpan.FromMilliseconds(20),
                MinRetryAfter = TimeSpan.FromMilliseconds(1),
                MaxRetryAfter = TimeSpan.FromMilliseconds(30),
                Timeout = TimeSpan.FromSeconds(10),
            },
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [SetUp]
    public void Reset() => _emulator.Reset();

    [Test]
    public async Task The_agents_list_pages_through_the_whole_catalog()
    {
        var listed = new List<OctaveAgentSummary>();
        await foreach (var agent in _client.ListAgentsAsync(pageSize: 3))
        {
            listed.Add(agent);
        }

        var catalog = _emulator.Catalog.OctaveAgents.Select(agent => agent.AgentOId).ToList();
        Assert.That(catalog, Has.Count.GreaterThan(3), "the built-in catalog spans several pages of 3");
        Assert.That(listed.Select(agent => agent.OId), Is.EqualTo(catalog));
        Assert.That(listed.All(agent => !string.IsNullOrEmpty(agent.Type)), Is.True);
        Assert.That(_emulator.Journal.Count("GET", "/api/v2/agents/list"), Is.EqualTo((catalog.Count + 2) / 3));
    }

    [Test]
    public async Task An_agent_added_to_the_catalog_appears_in_the_list()
    {
        _emulator.Catalog.AddOctaveAgent(new OctaveAgentScenario { AgentOId = "ca_added_in_test", AgentType = OctaveAgentType.QualifyCompany, Description = "added" });

        var listed = new List<OctaveAgentSummary>();
        await foreach (var agent in _client.ListAgentsAsync())
        {
            listed.Add(agent);
        }

        Assert.That(listed.Single(agent => agent.OId == "ca_added_in_test").Description, Is.EqualTo("added"));
    }

    [Test]
    public async Task The_api_key_list_names_keys_without_secrets()
    {
        var page = await _api.ListApiKeysAsync(new OctavePageRequest { Limit = 5, Offset = 0 });

        Assert.That(page.Data, Has.Count.EqualTo(1));
        Assert.That(page.Data![0].OId, Is.Not.Empty);
        Assert.That(page.HasNext, Is.False);
        Assert.That(page.Data[0].AdditionalProperties, Is.Null.Or.Empty, "nothing beyond id, name and date is listed");
    }

    [Test]
    public async Task Credit_usage_grows_by_what_a_finished_run_charged()
    {
        var before = await _client.GetCreditUsageAsync();
        var workflow = await _client.StartWorkflowAsync("caw_demo_enrich");
        var run = await _client.GetRun(workflow.Id).WaitForCompletionAsync();

        var after = await _client.GetCreditUsageAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before.Used, Is.Zero);
            Assert.That(run.Run!.Credits!.Charged, Is.GreaterThan(0m));
            Assert.That(after.Used, Is.EqualTo(run.Run.Credits.Charged));
            Assert.That(after.Remaining, Is.EqualTo(after.Included - after.Used));
            Assert.That(after.NextResetAt, Is.Not.Null);
        });
    }

    [Test]
    public void A_503_from_credit_usage_is_a_billing_unavailable_exception()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v2/credits/usage", StatusCode = 503, Message = "Billing usage unavailable" });

        var error = Assert.ThrowsAsync<OctaveBillingUnavailableException>(() => _client.GetCreditUsageAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(error.Message, Does.Contain("billing data is unavailable"));
    }

    [Test]
    public async Task The_runs_api_pages_a_runs_items()
    {
        var workflow = await _client.StartWorkflowAsync("caw_demo_slow");
        await _client.GetRun(workflow.Id).WaitForCompletionAsync();

        var first = await _api.GetRunAsync(workflow.Id, new OctavePageRequest { Limit = 10, Offset = 0 });
        var last = await _api.GetRunAsync(workflow.Id, new OctavePageRequest { Limit = 10, Offset = 20 });

        Assert.Multiple(() =>
        {
            Assert.That(first.Data!.Counts!.Total, Is.EqualTo(25));
            Assert.That(first.Data.Items, Has.Count.EqualTo(10));
            Assert.That(first.Data.HasNext, Is.True);
            Assert.That(last.Data!.Items, Has.Count.EqualTo(5));
            Assert.That(last.Data.HasNext, Is.False);
            Assert.That(last.Data.Items![0].OId, Does.EndWith("_item_20"));
        });
    }

    [Test]
    public void An_unknown_run_id_is_a_404_from_the_runs_api()
    {
        var error = Assert.ThrowsAsync<WorkflowApiException>(() => _api.GetRunAsync("run_unknown"));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
