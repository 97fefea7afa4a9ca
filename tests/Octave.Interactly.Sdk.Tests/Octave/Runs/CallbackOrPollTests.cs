using System;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Runs.Support;

namespace Octave.Interactly.Sdk.Tests.Runs;

/// <summary>
/// Callback-or-poll: a real Kestrel receiver completes the registry, waits end on the callback with the workflow's
/// output, and the slower fallback pace makes far fewer status polls than polling alone.
/// </summary>
public sealed class CallbackOrPollTests : RunsEmulatorFixture
{
    [Test]
    public async Task The_callback_ends_the_wait_with_the_output_and_fewer_polls_than_polling_alone()
    {
        var pollingOnly = await CreateClient().RunWorkflowAsync("caw_demo_slow");
        var pollingOnlyPolls = StatusPolls();
        Emulator.Reset();

        var registry = new OctaveRunCompletionRegistry();
        await using var receiver = await RegistryCallbackReceiver.StartAsync(registry);
        var client = CreateClient(
            new OctaveClientOptions { CallbackUrl = receiver.Url.ToString(), CallbackFallbackInterval = TimeSpan.FromSeconds(5) },
            registry);

        var result = await client.RunWorkflowAsync("caw_demo_slow");
        var callbackPolls = StatusPolls();

        TestContext.Out.WriteLine($"status polls: polling alone {pollingOnlyPolls}, with callback {callbackPolls}");
        Assert.Multiple(() =>
        {
            Assert.That(pollingOnly.Succeeded, Is.True);
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Callback));
            Assert.That(result.Output?.GetProperty("summary").GetString(), Is.EqualTo("Processed 25 items."));
            Assert.That(result.Callback!.RunId, Is.EqualTo(result.JobOId));
            Assert.That(receiver.Received, Is.EqualTo(1));
            Assert.That(pollingOnlyPolls, Is.GreaterThanOrEqualTo(3), "polling alone polls through a 500 ms run every ≤ 20 ms");
            Assert.That(callbackPolls, Is.LessThan(pollingOnlyPolls));
            Assert.That(callbackPolls, Is.Zero, "the first fallback poll was due after 5 s; the callback came first");
        });
    }

    [Test]
    public async Task A_failure_reported_by_callback_is_a_failed_result_with_its_error()
    {
        var registry = new OctaveRunCompletionRegistry();
        await using var receiver = await RegistryCallbackReceiver.StartAsync(registry);
        var client = CreateClient(new OctaveClientOptions { CallbackUrl = receiver.Url.ToString() }, registry);

        var result = await client.RunWorkflowAsync("caw_demo_fails");

        Assert.Multiple(() =>
        {
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Callback));
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Error, Is.EqualTo("Workflow stopped: Too many failed items"));
            Assert.That(result.Status, Is.Null, "no poll was needed");
        });
    }

    [Test]
    public async Task Polling_still_ends_the_wait_when_the_callback_is_lost()
    {
        // The receiver is configured but Octave's POST never reaches it.
        var client = CreateClient(new OctaveClientOptions { CallbackUrl = NoOpCallbackUrl, CallbackFallbackInterval = TimeSpan.FromMilliseconds(40) });

        var result = await client.RunWorkflowAsync("caw_demo_enrich");

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Polling));
            Assert.That(StatusPolls(), Is.InRange(1, 5), "the fallback polls every 40 ms over a 100 ms run");
        });
    }

    [Test]
    public async Task A_callback_that_arrived_before_the_wait_completes_it_at_once()
    {
        var registry = new OctaveRunCompletionRegistry();
        var client = CreateClient(registry: registry);
        var run = client.GetWorkflowRun("bsjob_already_done");
        registry.Complete(new OctaveCallback("bsjob_already_done", OctaveRunKind.Workflow, OctaveCallbackStatus.Succeeded, JsonDocument.Parse("{\"n\":1}").RootElement.Clone(), null, "{}"));

        var result = await run.WaitForCompletionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Output?.GetProperty("n").GetInt32(), Is.EqualTo(1));
            Assert.That(run.HasCompleted, Is.True);
            Assert.That(StatusPolls(), Is.Zero);
        });
    }
}
