using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.DependencyInjection;

namespace Octave.Interactly.Sdk.Tests.Observability;

/// <summary>
/// A full run, failures included, with every log line, span, metric tag and exception captured: the API keys
/// appear in none of them.
/// </summary>
public sealed class SecretLeakTests
{
    private const string Validate = "/api/v2/api-key/validate";
    private const string RunWorkflow = "/api/v2/workflows/run";
    private const string Status = "/api/v2/workflows/run/status";

    [Test]
    public async Task Keys_never_appear_in_logs_traces_metrics_or_exceptions()
    {
        WorkflowEmulatorOptions emulatorOptions = null!;
        await using var emulator = await TestClients.StartEmulatorAsync(o => emulatorOptions = o);
        var logs = new CapturingLoggerProvider();
        using var telemetry = new TelemetryCapture();
        await using var provider = TestClients.Build(
            emulator,
            r =>
            {
                r.AttemptTimeout = TimeSpan.FromMilliseconds(150);
                r.MaxRetryAttempts = 1;
                r.CircuitBreaker.MinimumThroughput = 20;
            },
            services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var api = provider.GetRequiredService<IOctaveApi>();
        var exceptions = new List<Exception>();

        async Task Capture(Func<Task> call)
        {
            try
            {
                await call();
            }
            catch (Exception exception)
            {
                exceptions.Add(exception);
            }
        }

        // Success, a retried 429, a polled run, a 503 on a job-starting POST, a timeout, a dropped connection,
        // an error body that quotes the key back, and a rejected key.
        await api.ValidateApiKeyAsync();
        emulator.Faults.Add(new FaultRule { Method = "POST", Path = RunWorkflow, StatusCode = 429, RetryAfterSeconds = 1, Times = 1 });
        var job = await api.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich").SetInput("company", "acme.example"));
        await api.GetWorkflowRunStatusAsync(job.JobOId!);
        emulator.Faults.Add(new FaultRule { Method = "POST", Path = RunWorkflow, StatusCode = 503, Times = 1 });
        await Capture(() => api.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich")));
        emulator.Faults.Add(new FaultRule { Method = "POST", Path = RunWorkflow, LatencyMilliseconds = 1000, Times = 1 });
        await Capture(() => api.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich")));
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, LatencyMilliseconds = 1000, Times = 2 });
        await Capture(() => api.ValidateApiKeyAsync());
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = Status, DropConnection = true, Times = 2 });
        await Capture(() => api.GetWorkflowRunStatusAsync(job.JobOId!));
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 400, Message = "bad api_key " + TestClients.OctaveKey, Times = 1 });
        await Capture(() => api.ValidateApiKeyAsync());

        var interactly = provider.GetRequiredService<InteractlyClient>();
        await using (var session = await interactly.StartSessionAsync(Testing.Interactly.InteractlyCatalog.GreeterWorkflowId))
        {
            emulator.Faults.Add(new FaultRule { Method = "POST", Path = "/workflows/v1/workflows/*/execute", StatusCode = 503, Times = 1 });
            await Capture(() => session.SendAsync("hello"));
        }

        emulatorOptions.ApiKeys.Add("only-this-key-is-accepted");
        await Capture(() => interactly.StartSessionAsync(Testing.Interactly.InteractlyCatalog.GreeterWorkflowId));
        await Capture(() => api.ValidateApiKeyAsync());

        var options = provider.GetRequiredService<IOptions<WorkflowClientsOptions>>().Value;
        var everything = string.Join(
            "\n",
            logs.Logs.Select(l => l.Category + " " + l.Everything)
                .Concat(exceptions.Select(e => e.ToString()))
                .Concat(new[] { telemetry.ActivityText(), telemetry.MeasurementText(), options.ToString(), options.Octave.ToString(), options.Interactly.ToString() }));

        Assert.Multiple(() =>
        {
            // The run really exercised the failure paths it claims to.
            Assert.That(exceptions.Select(e => e.GetType().Name), Is.EquivalentTo(new[]
            {
                nameof(WorkflowApiException), nameof(WorkflowOutcomeUnknownException), nameof(WorkflowTimeoutException),
                "HttpRequestException", nameof(WorkflowApiException), nameof(WorkflowApiException),
                nameof(WorkflowApiException), nameof(WorkflowApiException),
            }));
            Assert.That(logs.Logs, Has.Count.GreaterThan(20));
            Assert.That(telemetry.ActivityCount, Is.GreaterThan(0), "no span was captured, so the check below proves nothing");

            Assert.That(everything, Does.Not.Contain(TestClients.OctaveKey));
            Assert.That(everything, Does.Not.Contain(TestClients.InteractlyKey));
        });
    }

    [Test]
    public void Options_ToString_never_prints_keys()
    {
        var options = new WorkflowClientsOptions();
        options.Octave.ApiKey = "octave-tostring-secret";
        options.Interactly.ApiKey = "interactly-tostring-secret";

        var texts = new[] { options.ToString(), options.Octave.ToString(), options.Interactly.ToString() };

        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.None.Contains("tostring-secret"));
            Assert.That(texts[1], Does.Contain("ApiKey = ***").And.Contain("https://app.octavehq.com/"));
            Assert.That(texts[0], Does.Contain("MaxRetryAttempts = 3").And.Contain("ApiKey = ***"));
            Assert.That(new OctaveOptions().ToString(), Does.Contain("ApiKey = <not set>"));
        });
    }
}
