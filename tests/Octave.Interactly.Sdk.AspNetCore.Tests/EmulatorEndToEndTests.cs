using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Octave.Interactly.Sdk.AspNetCore.Tests.Support;
using Octave.Interactly.Sdk.Testing;

namespace Octave.Interactly.Sdk.AspNetCore.Tests;

/// <summary>Octave (the emulator) calls the receiver back over loopback HTTP; the SDK's own endpoint layer starts the runs.</summary>
public sealed class EmulatorEndToEndTests
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    [Test]
    public async Task A_workflow_started_with_the_receiver_url_completes_the_waiter_with_its_output()
    {
        await using var emulator = await WorkflowEmulator.StartAsync(FastEmulator());
        await using var receiver = await ReceiverApp.StartAsync();
        using var http = new HttpClient();
        var octave = TestApis.Octave(http, new OctaveOptions { ApiKey = "test-key", BaseUrl = emulator.OctaveBaseUrl });

        var started = await octave.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich") { CallbackUrl = receiver.CallbackUrl.AbsoluteUri });
        var callback = await receiver.Registry.WaitAsync(started.JobOId!).WaitAsync(WaitLimit);

        Assert.Multiple(() =>
        {
            Assert.That(callback.RunId, Is.EqualTo(started.JobOId));
            Assert.That(callback.Kind, Is.EqualTo(OctaveRunKind.Workflow));
            Assert.That(callback.Status, Is.EqualTo(OctaveCallbackStatus.Succeeded));
            Assert.That(callback.WorkflowOId, Is.EqualTo("caw_demo_enrich"));
            Assert.That(callback.Output, Is.Not.Null, "a workflow's output arrives only by callback");
        });
        await receiver.Handler.WaitForCountAsync(1);
        Assert.That(receiver.Handler.Handled.Single().RunId, Is.EqualTo(started.JobOId));
    }

    [Test]
    public async Task A_failing_agent_run_is_reported_with_its_error()
    {
        await using var emulator = await WorkflowEmulator.StartAsync(FastEmulator());
        await using var receiver = await ReceiverApp.StartAsync();
        using var http = new HttpClient();
        var octave = TestApis.Octave(http, new OctaveOptions { ApiKey = "test-key", BaseUrl = emulator.OctaveBaseUrl });

        var accepted = await octave.RunAgentAsync(RunAgentRequest.For(
            new EnrichCompanyRequest { AgentOId = "ca_demo_fails", CompanyDomain = "example.com" },
            receiver.CallbackUrl.AbsoluteUri));
        var callback = await receiver.Registry.WaitAsync(accepted.RequestId!).WaitAsync(WaitLimit);

        Assert.That(callback.Kind, Is.EqualTo(OctaveRunKind.Agent));
        Assert.That(callback.Status.IsFailure, Is.True);
        Assert.That(callback.Error, Does.Contain("could not be resolved"));
    }

    [Test]
    public async Task A_delivery_the_emulator_times_out_on_is_resent_and_still_handled_once()
    {
        // The receiver accepts the first delivery but answers too late; Octave (the emulator) gives up and sends it again.
        await using var emulator = await WorkflowEmulator.StartAsync(FastEmulator(callbackTimeoutMilliseconds: 100));
        var slowFirstAnswer = 1;
        await using var receiver = await ReceiverApp.StartAsync(configureApp: app => app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            await next(context);
            if (Interlocked.Exchange(ref slowFirstAnswer, 0) == 1)
            {
                await Task.Delay(300);
            }
        }));
        using var http = new HttpClient();
        var octave = TestApis.Octave(http, new OctaveOptions { ApiKey = "test-key", BaseUrl = emulator.OctaveBaseUrl });

        var started = await octave.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich") { CallbackUrl = receiver.CallbackUrl.AbsoluteUri });
        var delivery = await emulator.CallbackDeliveries.WaitForDeliveryAsync(started.JobOId!).WaitAsync(WaitLimit);

        var attempts = emulator.CallbackDeliveries.AttemptsFor(started.JobOId!);
        Assert.That(delivery, Is.EqualTo(CallbackDeliveryStatus.Delivered));
        Assert.That(attempts, Has.Count.GreaterThanOrEqualTo(2), "the first attempt timed out, so the callback was sent again");
        Assert.That(attempts[^1].StatusCode, Is.EqualTo(200), "the repeat is answered 200 as well");
        await receiver.Handler.WaitForCountAsync(1);
        await Task.Delay(50);
        Assert.That(receiver.Handler.Handled.Select(c => c.RunId), Is.EqualTo(new[] { started.JobOId }));
    }

    [Test]
    public async Task Many_runs_at_once_each_complete_their_own_waiter()
    {
        await using var emulator = await WorkflowEmulator.StartAsync(FastEmulator());
        await using var receiver = await ReceiverApp.StartAsync();
        using var http = new HttpClient();
        var octave = TestApis.Octave(http, new OctaveOptions { ApiKey = "test-key", BaseUrl = emulator.OctaveBaseUrl });

        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            octave.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich") { CallbackUrl = receiver.CallbackUrl.AbsoluteUri })));
        var callbacks = await Task.WhenAll(runs.Select(r => receiver.Registry.WaitAsync(r.JobOId!).WaitAsync(WaitLimit)));

        Assert.That(callbacks.Select(c => c.RunId), Is.EqualTo(runs.Select(r => r.JobOId)));
        await receiver.Handler.WaitForCountAsync(20);
        Assert.That(receiver.Handler.CountsByKey.Values, Has.All.EqualTo(1));
    }

    private static WorkflowEmulatorOptions FastEmulator(int callbackTimeoutMilliseconds = 5000) => new()
    {
        JobPendingMilliseconds = 20,
        JobRunningMilliseconds = 80,
        CallbackInitialRetryDelayMilliseconds = 20,
        CallbackTimeoutMilliseconds = callbackTimeoutMilliseconds,
    };
}
