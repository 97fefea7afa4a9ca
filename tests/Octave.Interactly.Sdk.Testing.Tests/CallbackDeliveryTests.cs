using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Testing.Tests.Support;

namespace Octave.Interactly.Sdk.Testing.Tests;

public sealed class CallbackDeliveryTests : EmulatorTestBase
{
    protected override void Configure(WorkflowEmulatorOptions options) => options.CallbackMaxAttempts = 4;

    [Test]
    public async Task A_receiver_that_fails_twice_gets_the_callback_on_the_third_attempt()
    {
        await using var receiver = await CallbackReceiver.StartAsync(500, 500);
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_enrich", callbackUrl = receiver.Url, email = "ada@acme.com" });

        var outcome = await Emulator.CallbackDeliveries.WaitForDeliveryAsync(jobOId).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(outcome, Is.EqualTo(CallbackDeliveryStatus.Delivered));
        var attempts = Emulator.CallbackDeliveries.AttemptsFor(jobOId);
        Assert.That(attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500, 500, 200 }));
        Assert.That(attempts.Select(a => a.Attempt), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(attempts.Count(a => a.Succeeded), Is.EqualTo(1));
        Assert.That(receiver.Received.Select(r => r.Attempt), Is.EqualTo(new[] { "1", "2", "3" }));

        var payload = JsonNode.Parse(receiver.Received.Last().Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(receiver.Received.Last().ContentType, Does.StartWith("application/json"));
            Assert.That((string?)payload["jobOId"], Is.EqualTo(jobOId));
            Assert.That((string?)payload["workflowOId"], Is.EqualTo("caw_demo_enrich"));
            Assert.That((string?)payload["status"], Is.EqualTo("succeeded"));
            Assert.That((string?)payload["output"]!["person"]!["email"], Is.EqualTo("ada@acme.com"));
            Assert.That(payload["error"], Is.Null);
            Assert.That((string?)payload["completedAt"], Does.EndWith("Z"));
        });
    }

    [Test]
    public async Task A_receiver_that_is_down_ends_delivered_failed_after_max_attempts()
    {
        var downUrl = new Uri("http://127.0.0.1:" + FreePort() + "/callback/down");
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_enrich", callbackUrl = downUrl });

        var outcome = await Emulator.CallbackDeliveries.WaitForDeliveryAsync(jobOId).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(outcome, Is.EqualTo(CallbackDeliveryStatus.DeliveredFailed));
        var attempts = Emulator.CallbackDeliveries.AttemptsFor(jobOId);
        Assert.That(attempts, Has.Count.EqualTo(4));
        Assert.That(attempts.Select(a => a.StatusCode), Is.All.Null);
        Assert.That(attempts.Select(a => a.Error), Is.All.Not.Null);
        Assert.That(Emulator.CallbackDeliveries.GetStatus(jobOId), Is.EqualTo(CallbackDeliveryStatus.DeliveredFailed));
    }

    [Test]
    public async Task A_failed_workflow_calls_back_with_status_failed_and_an_error()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        string jobOId = await StartWorkflowAsync(new { workflowOId = "caw_demo_fails", callbackUrl = receiver.Url });

        await Emulator.CallbackDeliveries.WaitForDeliveryAsync(jobOId).WaitAsync(TimeSpan.FromSeconds(5));

        var payload = JsonNode.Parse(receiver.Received.Single().Body)!;
        Assert.That((string?)payload["status"], Is.EqualTo("failed"));
        Assert.That((string?)payload["error"], Does.Contain("Too many failed items"));
        Assert.That(payload["output"], Is.Null);
    }

    [Test]
    public async Task An_agent_run_calls_back_with_its_request_id_and_output()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var (_, started) = await PostAsync("api/v2/async/agent/run", new { agentOId = "ca_qualify_company", callbackUrl = receiver.Url, companyDomain = "acme.com" });
        string requestId = (string)started!["requestId"]!;

        Assert.That(Emulator.CallbackDeliveries.GetStatus(requestId), Is.EqualTo(CallbackDeliveryStatus.Pending));
        await Emulator.CallbackDeliveries.WaitForDeliveryAsync(requestId).WaitAsync(TimeSpan.FromSeconds(5));

        var payload = JsonNode.Parse(receiver.Received.Single().Body)!;
        Assert.That((string?)payload["requestId"], Is.EqualTo(requestId));
        Assert.That((string?)payload["agentOId"], Is.EqualTo("ca_qualify_company"));
        Assert.That((string?)payload["status"], Is.EqualTo("succeeded"));
        Assert.That(payload["output"]!["score"], Is.Not.Null);
    }

    [Test]
    public async Task The_discarding_callback_url_accepts_an_agent_callback_on_the_emulator_itself()
    {
        var (_, started) = await PostAsync("api/v2/async/agent/run", new { agentOId = "ca_qualify_company", callbackUrl = Emulator.DiscardingCallbackUrl, companyDomain = "acme.com" });
        string requestId = (string)started!["requestId"]!;

        var outcome = await Emulator.CallbackDeliveries.WaitForDeliveryAsync(requestId).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(outcome, Is.EqualTo(CallbackDeliveryStatus.Delivered));
        Assert.That(Emulator.CallbackDeliveries.AttemptsFor(requestId).Select(a => a.StatusCode), Is.EqualTo(new int?[] { 200 }));
        Assert.That(Emulator.DiscardingCallbackUrl.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(Emulator.Journal.Count("POST", Emulator.DiscardingCallbackUrl.AbsolutePath), Is.Zero, "control routes are not journaled");
    }

    [Test]
    public async Task Reset_abandons_callbacks_not_yet_sent()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        Emulator.Catalog.AddOctaveWorkflow(new OctaveWorkflowScenario { WorkflowOId = "caw_quick", PendingMilliseconds = 0, RunningMilliseconds = 60 });
        Emulator.Catalog.AddOctaveWorkflow(new OctaveWorkflowScenario { WorkflowOId = "caw_later", PendingMilliseconds = 0, RunningMilliseconds = 200 });
        await StartWorkflowAsync(new { workflowOId = "caw_quick", callbackUrl = receiver.Url });

        Emulator.Reset();
        // This run completes after the abandoned one would have; once its callback is in, the other would be too.
        string later = await StartWorkflowAsync(new { workflowOId = "caw_later", callbackUrl = receiver.Url });
        await Emulator.CallbackDeliveries.WaitForDeliveryAsync(later).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(receiver.Received.Select(r => (string?)JsonNode.Parse(r.Body)!["workflowOId"]), Is.EqualTo(new[] { "caw_later" }));
        Assert.That(Emulator.CallbackDeliveries.Attempts, Has.Count.EqualTo(1));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
