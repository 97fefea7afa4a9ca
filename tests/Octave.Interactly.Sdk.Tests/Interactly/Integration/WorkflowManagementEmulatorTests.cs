using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Integration;

/// <summary>Workflow management end to end against the emulator, which keeps what the API creates.</summary>
public class WorkflowManagementEmulatorTests
{
    private WorkflowEmulator _emulator = null!;
    private HttpClient _http = null!;
    private InteractlyClient _client = null!;

    private IInteractlyApi Api => _client.Api;

    [SetUp]
    public async Task StartEmulator()
    {
        _emulator = await WorkflowEmulator.StartAsync();
        _http = new HttpClient();
        _client = new InteractlyClient(
            _http,
            new InteractlyOptions { ApiKey = "emulator-key", BaseUrl = _emulator.InteractlyBaseUrl },
            new InteractlySessionOptions { PumpInterval = TimeSpan.FromMilliseconds(1) });
    }

    [TearDown]
    public async Task StopEmulator()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task Created_workflows_are_listed_page_by_page_found_updated_cloned_and_deleted()
    {
        var config = JsonDocument.Parse("{\"node_configs\":[{\"logical_id\":\"greet\",\"prompt\":\"Hello {{customer_name}}\"}],\"edge_configs\":[]}").RootElement;
        var created = await Api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Intake", Description = "front desk", Config = config });
        var id = created.Workflow!.Id!;
        await Api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Billing" });

        var all = await Collect(_client.ListWorkflowsAsync(pageSize: 2));
        Assert.That(all.Select(w => w.DisplayName), Is.SupersetOf(new[] { "Greeter", "Intake", "Billing" }));
        Assert.That(all, Has.Count.EqualTo(_emulator.InteractlyCatalog.All.Count + 2));
        var listRequests = _emulator.Journal.Entries.Count(e => e.Method == "GET" && e.Path.EndsWith("/v1/workflows", StringComparison.Ordinal));
        Assert.That(listRequests, Is.EqualTo((all.Count + 1) / 2), "one request per page; the total ends the walk without an empty page");
        Assert.That((await Collect(_client.ListWorkflowsAsync(search: "front"))).Select(w => w.Id), Is.EqualTo(new[] { id }));

        var hydrated = await Api.GetWorkflowAsync(id, fullyHydrate: true);
        Assert.That(hydrated.Workflow!.WorkflowConfig!.Value.GetProperty("node_configs")[0].GetProperty("logical_id").GetString(), Is.EqualTo("greet"));
        Assert.That(hydrated.ExecutionUrl, Is.EqualTo("/v1/workflows/" + id + "/execute"));
        var variables = await Api.GetDynamicVariablesAsync(id);
        Assert.That(variables.GetNames(), Is.EqualTo(new[] { "customer_name" }));

        var renamed = await Api.UpdateWorkflowAsync(id, new UpdateWorkflowRequest { Name = "Intake v2" });
        Assert.That(renamed.Workflow!.DisplayName, Is.EqualTo("Intake v2"));
        Assert.That(renamed.Workflow.Description, Is.EqualTo("front desk"), "fields not sent are left unchanged");

        var limit = await Api.SetMaxConcurrentRunsAsync(id, new WorkflowConcurrency { MaxConcurrentRuns = 3 });
        Assert.That(limit.MaxConcurrentRuns, Is.EqualTo(3));
        Assert.That((await Api.GetWorkflowAsync(id)).Workflow!.MaxConcurrentRuns, Is.EqualTo(3));

        var clone = await Api.CloneWorkflowAsync(id, new CloneWorkflowRequest { Name = "Intake copy" });
        Assert.That(clone.Workflow!.Id, Is.Not.EqualTo(id));
        Assert.That((await Api.GetDynamicVariablesAsync(clone.Workflow.Id!)).GetNames(), Is.EqualTo(new[] { "customer_name" }));

        await Api.DeleteWorkflowAsync(id);
        var gone = Assert.ThrowsAsync<WorkflowApiException>(() => Api.GetWorkflowAsync(id))!;
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Collect(_client.ListWorkflowsAsync())).Select(w => w.Id), Does.Not.Contain(id).And.Contain(clone.Workflow.Id));
    }

    [Test]
    public async Task An_exported_bundle_imports_as_a_new_workflow_with_the_chosen_versions()
    {
        var bundle = await Api.ExportWorkflowAsync(
            InteractlyCatalog.GreeterWorkflowId, new ExportWorkflowRequest { VersionNumbers = new List<int> { 1, 2 }, ActiveVersionNumber = 2 });

        var imported = await Api.ImportWorkflowBundleAsync(new ImportWorkflowBundleRequest
        {
            Bundle = bundle,
            VersionsToImport = new List<int> { 1, 2 },
            ActiveVersionNumber = 2,
            WorkflowName = "Greeter (imported)",
        });

        var workflow = (await Api.GetWorkflowAsync(imported.Workflow!.Id!, fullyHydrate: true)).Workflow!;
        Assert.That(workflow.DisplayName, Is.EqualTo("Greeter (imported)"));
        Assert.That(workflow.ActiveVersionNumber, Is.EqualTo(2));
        Assert.That(workflow.WorkflowConfig!.Value.GetProperty("node_configs").GetArrayLength(), Is.EqualTo(_emulator.InteractlyCatalog.All.Single(s => s.WorkflowId == InteractlyCatalog.GreeterWorkflowId).Nodes.Count));
        var missingVersion = Assert.ThrowsAsync<WorkflowApiException>(() => Api.ExportWorkflowAsync(
            InteractlyCatalog.GreeterWorkflowId, new ExportWorkflowRequest { VersionNumbers = new List<int> { 7 }, ActiveVersionNumber = 7 }))!;
        Assert.That(missingVersion.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task StartSession_checks_dynamic_variables_against_the_workflow_before_the_first_turn()
    {
        const string workflowId = "6a11c0de00000000000000aa";
        _emulator.InteractlyCatalog.Add(new InteractlyWorkflowScript
        {
            WorkflowId = workflowId,
            Name = "Personal greeting",
            StartNode = "greet",
            Nodes = new List<ScriptNode>
            {
                ScriptNode.Say("greet", "Hi {{customer}}, welcome to {{clinic}}.", "done"),
                ScriptNode.End("done"),
            },
        });

        var error = Assert.ThrowsAsync<ArgumentException>(() => _client.StartSessionAsync(
            workflowId, new StartSessionOptions { CheckDynamicVariables = true, DynamicVariables = new Dictionary<string, object?> { ["clinic"] = "North" } }))!;
        Assert.That(error.ParamName, Is.EqualTo("dynamic_variables"));
        Assert.That(error.Message, Does.Contain("'customer'"));
        Assert.That(_emulator.Journal.Entries.Count(e => e.Path.EndsWith("/execute", StringComparison.Ordinal)), Is.Zero);

        await using var session = await _client.StartSessionAsync(workflowId, new StartSessionOptions
        {
            CheckDynamicVariables = true,
            DynamicVariables = new Dictionary<string, object?> { ["customer"] = "Ann", ["clinic"] = "North" },
        });
        Assert.That(session.LastTurn!.AssistantMessages, Is.EqualTo(new[] { "Hi Ann, welcome to North." }));
    }

    private static async Task<List<InteractlyWorkflow>> Collect(IAsyncEnumerable<InteractlyWorkflow> workflows)
    {
        var list = new List<InteractlyWorkflow>();
        await foreach (var workflow in workflows)
        {
            list.Add(workflow);
        }

        return list;
    }
}
