using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.DependencyInjection;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>The per-attempt timeout: a slow GET is tried again, a slow job-starting POST is not.</summary>
public sealed class TimeoutTests
{
    private const string Validate = "/api/v2/api-key/validate";
    private const string RunWorkflow = "/api/v2/workflows/run";

    private WorkflowEmulator _emulator = null!;

    [SetUp]
    public async Task Start() => _emulator = await TestClients.StartEmulatorAsync();

    [TearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    private static void ShortAttempts(WorkflowResilienceOptions resilience) => resilience.AttemptTimeout = TimeSpan.FromMilliseconds(150);

    [Test]
    public async Task A_GET_whose_attempt_timed_out_is_retried()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, LatencyMilliseconds = 1000, Times = 1 });
        await using var provider = TestClients.Build(_emulator, ShortAttempts);

        var answer = await provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync();

        var attempts = await TestClients.WaitForJournalAsync(_emulator, "GET", Validate, atLeast: 2);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Valid, Is.True);
            Assert.That(attempts, Has.Count.EqualTo(2));
            Assert.That(attempts[0].Fault, Does.Contain("latency"));
        });
    }

    [Test]
    public async Task A_GET_that_times_out_on_every_attempt_throws_a_timeout_naming_service_and_route()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, LatencyMilliseconds = 1000 });
        await using var provider = TestClients.Build(_emulator, r =>
        {
            ShortAttempts(r);
            r.MaxRetryAttempts = 1;
        });

        var error = Assert.ThrowsAsync<WorkflowTimeoutException>(() => provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.InstanceOf<TimeoutException>());
            Assert.That(error!.Service, Is.EqualTo(WorkflowService.Octave));
            Assert.That(error.Route, Is.EqualTo(Validate));
            Assert.That(error.Attempts, Is.EqualTo(2));
            Assert.That(error.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(150)));
            Assert.That(error.Message, Does.Contain("Octave").And.Contain(Validate));
        });
    }

    [Test]
    public async Task A_job_starting_POST_whose_attempt_timed_out_is_not_re_sent_and_its_outcome_is_unknown()
    {
        _emulator.Faults.Add(new FaultRule { Method = "POST", Path = RunWorkflow, LatencyMilliseconds = 1000, Times = 1 });
        await using var provider = TestClients.Build(_emulator, ShortAttempts);

        var error = Assert.ThrowsAsync<WorkflowOutcomeUnknownException>(() =>
            provider.GetRequiredService<IOctaveApi>().RunWorkflowAsync(
                new RunWorkflowRequest("caw_demo_enrich"), new WorkflowRequestOptions { ExternalRequestId = "ext-timeout" }));

        // Give a (wrong) second attempt every chance to show up before counting.
        await TestClients.WaitForJournalAsync(_emulator, "POST", RunWorkflow, atLeast: 1);
        await Task.Delay(100);
        Assert.Multiple(() =>
        {
            Assert.That(_emulator.Journal.Count("POST", RunWorkflow), Is.EqualTo(1));
            Assert.That(error!.ExternalRequestId, Is.EqualTo("ext-timeout"));
            Assert.That(error.InnerException, Is.InstanceOf<WorkflowTimeoutException>());
        });
    }

    [Test]
    public async Task The_total_timeout_bounds_the_whole_call()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, LatencyMilliseconds = 2000 });
        await using var provider = TestClients.Build(_emulator, r =>
        {
            r.TotalTimeout = TimeSpan.FromMilliseconds(300);
            r.AttemptTimeout = TimeSpan.FromMilliseconds(250);
            r.MaxRetryAttempts = 5;
            r.MaxRetryAfter = TimeSpan.FromMilliseconds(100);
        });

        var error = Assert.ThrowsAsync<WorkflowTimeoutException>(() => provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());

        // Attempts of 250 ms fit into 300 ms at most twice; six would have been allowed without the total timeout.
        Assert.That(error!.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
        Assert.That(error.Attempts, Is.InRange(1, 2));
    }
}
