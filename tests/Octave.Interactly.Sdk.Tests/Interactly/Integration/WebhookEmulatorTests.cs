using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.Support;

namespace Octave.Interactly.Sdk.Tests.InteractlyTests.Integration;

/// <summary>Webhook subscriptions end to end against the emulator, with events recorded by workflow changes.</summary>
public class WebhookEmulatorTests : InteractlyEmulatorTest
{
    [Test]
    public async Task Subscriptions_are_stored_updated_and_deleted_and_workflow_changes_record_events()
    {
        var created = await Api.CreateWebhookAsync(new CreateWebhookSubscriptionRequest
        {
            Name = "ops",
            Url = "https://hooks.example.com/interactly",
            Actions = new List<string> { "workflow_created", "workflow_deleted" },
            BearerToken = "whsec_emulator_token",
        });
        await Api.CreateWebhookAsync(new CreateWebhookSubscriptionRequest { Name = "audit", Url = "https://audit.example.com/h", Actions = new List<string> { "workflow_updated" } });
        Assert.That(created.HasBearerToken, Is.True);
        Assert.That(created.AdditionalProperties?.Keys ?? Enumerable.Empty<string>(), Has.None.Contains("token"), "the token is never echoed");

        var listed = await Api.ListWebhooksAsync(search: "ops");
        Assert.That(listed.All.Select(s => s.Id), Is.EqualTo(new[] { created.Id }));

        var workflowId = (await Api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Hooked" })).Workflow!.Id!;
        await Api.UpdateWorkflowAsync(workflowId, new UpdateWorkflowRequest { Name = "Hooked 2" });
        await Api.DeleteWorkflowAsync(workflowId);

        var mine = await Api.ListWebhookEventsAsync(new ListWebhookEventsRequest { SubscriptionId = created.Id });
        Assert.That(mine.Events.Select(e => e.Action), Is.EqualTo(new[] { "workflow_deleted", "workflow_created" }), "newest first, only subscribed actions");
        Assert.That(mine.Events.All(e => e.WorkflowId == workflowId && e.Status == "pending"), Is.True);
        var all = await Api.ListWebhookEventsAsync(new ListWebhookEventsRequest { WorkflowId = workflowId });
        Assert.That(all.Total, Is.EqualTo(3));

        var attempts = await Api.ListWebhookDeliveryAttemptsAsync(mine.Events[0].EventId!);
        Assert.That(attempts.Attempts, Is.Empty, "the emulator never calls a non-loopback URL: the event stays unsent");
        var retry = await Api.RetryWebhookEventAsync(mine.Events[0].Id!);
        Assert.That(retry.EventId, Is.EqualTo(mine.Events[0].Id));

        var disabled = await Api.UpdateWebhookAsync(created.Id!, new UpdateWebhookSubscriptionRequest { Enabled = false, ClearBearerToken = true });
        Assert.That((disabled.Enabled, disabled.HasBearerToken, disabled.Name), Is.EqualTo(((bool?)false, (bool?)false, "ops")));
        await Api.CreateWorkflowAsync(new CreateWorkflowRequest { Name = "Unheard" });
        Assert.That((await Api.ListWebhookEventsAsync(new ListWebhookEventsRequest { SubscriptionId = created.Id })).Total, Is.EqualTo(2), "a disabled subscription gets no events");

        await Api.DeleteWebhookAsync(created.Id!);
        var gone = Assert.ThrowsAsync<WorkflowApiException>(() => Api.DeleteWebhookAsync(created.Id!))!;
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var missingEvent = Assert.ThrowsAsync<WorkflowApiException>(() => Api.RetryWebhookEventAsync("0000000000000000000000aa"))!;
        Assert.That(missingEvent.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
