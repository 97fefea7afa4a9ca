using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class CatalogTests : EmulatorTestBase
{
    [Test]
    public async Task The_catalogue_lists_built_in_octave_scenarios_and_the_interactly_section()
    {
        using var control = new HttpClient { BaseAddress = Emulator.BaseUrl };
        var (status, catalog) = await GetAsync(control, "_emulator/catalog");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var workflows = catalog!["octave"]!["workflows"]!.AsArray().Select(w => (string?)w!["workflowOId"]);
        var agents = catalog["octave"]!["agents"]!.AsArray().Select(a => (string?)a!["agentOId"]);
        Assert.That(workflows, Is.SupersetOf(new[] { "caw_demo_enrich", "caw_demo_fails", "caw_demo_slow" }));
        Assert.That(agents, Is.SupersetOf(new[]
        {
            "ca_enrich_company", "ca_enrich_person", "ca_qualify_person", "ca_qualify_company",
            "ca_content", "ca_sequence", "ca_prospector", "ca_context", "ca_demo_fails",
        }));
        Assert.That(catalog["interactly"], Is.Not.Null);
    }

    [Test]
    public async Task A_scenario_file_adds_octave_workflows_and_agents()
    {
        string path = Path.Combine(Path.GetTempPath(), "emulator-scenarios-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, """
            {
              "octave": {
                "workflows": [ { "workflowOId": "caw_file", "totalCount": 4, "pendingMilliseconds": 0, "runningMilliseconds": 0, "output": { "from": "file" } } ],
                "agents": [ { "agentOId": "ca_file_person", "agentType": "enrich-person", "output": { "fixed": true } } ]
              },
              "interactly": { "workflows": [] }
            }
            """);
        try
        {
            await using var emulator = await WorkflowEmulator.StartAsync(new WorkflowEmulatorOptions { ScenarioFile = path });
            using var client = new HttpClient { BaseAddress = emulator.BaseUrl };
            client.DefaultRequestHeaders.Add("api_key", "k");

            var (_, started) = await PostAsync(client, "api/v2/workflows/run", new { workflowOId = "caw_file" });
            var (_, runStatus) = await GetAsync(client, "api/v2/workflows/run/status?jobOId=" + (string)started!["jobOId"]!);
            var (_, agent) = await PostAsync(client, "api/v2/agents/enrich-person/run", new { agentOId = "ca_file_person" });

            Assert.That((int)runStatus!["data"]!["totalCount"]!, Is.EqualTo(4));
            Assert.That(runStatus["data"]!["completedAt"], Is.Not.Null);
            Assert.That(agent!["data"]!.ToJsonString(), Is.EqualTo("{\"fixed\":true}"));
            Assert.That(emulator.Catalog.OctaveAgents.Single(a => a.AgentOId == "ca_file_person").AgentType, Is.EqualTo(OctaveAgentType.EnrichPerson));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task An_agent_registered_in_code_with_an_output_factory_is_served()
    {
        Emulator.Catalog.AddOctaveAgent(new OctaveAgentScenario
        {
            AgentOId = "ca_mine",
            AgentType = OctaveAgentType.QualifyPerson,
            OutputFactory = inputs => new JsonObject { ["echo"] = inputs["email"]?.DeepClone() },
        });

        var (_, json) = await PostAsync("api/v2/agents/qualify-person/run", new { agentOId = "ca_mine", email = "x@y.z" });

        Assert.That((string?)json!["data"]!["echo"], Is.EqualTo("x@y.z"));
    }

    [Test]
    public void Invalid_workflow_counters_are_rejected()
    {
        Assert.That(
            () => Emulator.Catalog.AddOctaveWorkflow(new OctaveWorkflowScenario { WorkflowOId = "caw_bad", TotalCount = 2, FailedCount = 3 }),
            Throws.ArgumentException);
    }

    [Test]
    public void The_base_urls_end_with_a_slash()
    {
        Assert.That(Emulator.OctaveBaseUrl.ToString(), Does.Match(@"^http://127\.0\.0\.1:\d+/$"));
        Assert.That(Emulator.InteractlyBaseUrl.ToString(), Is.EqualTo(Emulator.BaseUrl + "workflows/"));
    }
}
