using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Integration;

/// <summary>Workflow versions end to end against the emulator.</summary>
public class WorkflowVersionEmulatorTests : InteractlyEmulatorTest
{
    [Test]
    public async Task Versions_are_created_configured_diffed_activated_renamed_and_deleted()
    {
        var v0Config = JsonDocument.Parse("{\"node_configs\":[{\"logical_id\":\"greet\",\"prompt\":\"Hello\"},{\"logical_id\":\"bye\",\"prompt\":\"Bye\"}],\"edge_configs\":[]}").RootElement;
        var workflowId = (await Api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Versioned", Config = v0Config })).Workflow!.Id!;

        var created = await Api.CreateVersionAsync(workflowId, new CreateWorkflowVersionRequest { VersionName = "draft" });
        Assert.That(created.Version!.VersionNumber, Is.EqualTo(1));
        Assert.That(created.IsActive, Is.False);
        var v1Config = JsonDocument.Parse("{\"node_configs\":[{\"logical_id\":\"greet\",\"prompt\":\"Hello {{customer}}\"},{\"logical_id\":\"ask\",\"prompt\":\"Why?\"}],\"edge_configs\":[]}").RootElement;
        await Api.UpdateVersionConfigAsync(workflowId, 1, new WorkflowVersionConfigRequest { Config = v1Config });

        var diff = await Api.DiffVersionsAsync(workflowId, 0, 1);
        var statuses = diff.Nodes!.Value.EnumerateArray().ToDictionary(n => n.GetProperty("logical_id").GetString()!, n => n.GetProperty("status").GetString());
        Assert.That(statuses, Is.EquivalentTo(new[] { Pair("greet", "modified"), Pair("ask", "added"), Pair("bye", "removed") }));
        Assert.That(diff.Summary!.Value.GetProperty("nodes_added").GetInt32(), Is.EqualTo(1));
        Assert.That((await Api.GetDynamicVariablesAsync(workflowId)).GetNames(), Is.Empty, "version 0 is still active");

        var activated = await Api.ActivateVersionAsync(workflowId, 1);
        Assert.That(activated.Workflow!.ActiveVersionNumber, Is.EqualTo(1));
        Assert.That((await Api.GetDynamicVariablesAsync(workflowId)).GetNames(), Is.EqualTo(new[] { "customer" }), "the active version's config is served");
        var active = await Api.ListActiveVersionsAsync(new ListActiveVersionsRequest { Size = 100 });
        Assert.That(active.All.Single(v => v.WorkflowId == workflowId).VersionNumber, Is.EqualTo(1));

        var renamed = await Api.UpdateVersionAsync(workflowId, 1, new UpdateWorkflowVersionRequest { VersionName = "live" });
        Assert.That(renamed.Version!.VersionName, Is.EqualTo("live"));
        Assert.That(renamed.IsActive, Is.True);

        var refused = Assert.ThrowsAsync<WorkflowApiException>(() => Api.DeleteVersionAsync(workflowId, 1))!;
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await Api.DeleteVersionAsync(workflowId, 0);
        var versions = await Api.ListVersionsAsync(workflowId);
        Assert.That(versions.All.Select(v => (v.VersionNumber, v.VersionName, v.IsActive)), Is.EqualTo(new[] { ((int?)1, "live", (bool?)true) }));
        var missing = Assert.ThrowsAsync<WorkflowApiException>(() => Api.ActivateVersionAsync(workflowId, 0))!;
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_new_version_marked_active_copies_the_source_and_becomes_active()
    {
        var created = await Api.CreateVersionAsync(
            InteractlyCatalog.GreeterWorkflowId, new CreateWorkflowVersionRequest { SourceVersionNumber = 2, MarkAsActive = true });

        Assert.That(created.Version!.VersionNumber, Is.EqualTo(3));
        Assert.That(created.ParentActiveVersion, Is.EqualTo(3));
        var workflow = (await Api.GetWorkflowAsync(InteractlyCatalog.GreeterWorkflowId)).Workflow!;
        Assert.That(workflow.ActiveVersionNumber, Is.EqualTo(3));
        var diff = await Api.DiffVersionsAsync(InteractlyCatalog.GreeterWorkflowId, 2, 3);
        Assert.That(diff.Nodes!.Value.GetArrayLength(), Is.Zero, "a copy has no differences");
    }

    private static System.Collections.Generic.KeyValuePair<string, string?> Pair(string key, string value) => new(key, value);
}
