using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.DependencyInjection;

namespace Octave.Interactly.Sdk.Tests.Observability;

/// <summary>Each HTTP attempt is logged and measured with its route template, status, duration and attempt number.</summary>
public sealed class HttpTelemetryTests
{
    private const string Status = "/api/v2/workflows/run/status";
    private const string HttpCategory = "Octave.Interactly.Sdk.Http";

    [Test]
    public async Task A_retried_call_logs_and_measures_every_attempt()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        var logs = new CapturingLoggerProvider();
        using var telemetry = new TelemetryCapture();
        await using var provider = TestClients.Build(
            emulator,
            services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var api = provider.GetRequiredService<IOctaveApi>();
        var job = await api.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich"));
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = Status, StatusCode = 503, Times = 1 });

        await api.GetWorkflowRunStatusAsync(job.JobOId!);

        var ours = logs.Logs.Where(l => l.Category == HttpCategory && Equals(l.Values.GetValueOrDefault("Route"), Status)).ToList();
        var completed = ours.Where(l => l.EventId.Name == "RequestCompleted").ToList();
        var retry = ours.Single(l => l.EventId.Name == "RetryScheduled");
        Assert.Multiple(() =>
        {
            Assert.That(completed.Select(l => l.Values["Attempt"]), Is.EqualTo(new object[] { 1, 2 }));
            Assert.That(completed.Select(l => l.Values["StatusCode"]), Is.EqualTo(new object[] { 503, 200 }));
            Assert.That(completed.Select(l => l.Values["Method"]), Is.All.EqualTo("GET"));
            Assert.That(completed.Select(l => l.Values["DurationMs"]), Is.All.InstanceOf<double>().And.All.GreaterThanOrEqualTo(0d));
            Assert.That(retry.Values["Reason"], Is.EqualTo("http_503"));
            Assert.That(retry.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(completed[0].Message, Does.Contain(Status).And.Contain("503").And.Contain("attempt 1"));

            // The route template is logged, not the concrete request with its ids.
            Assert.That(ours.Select(l => l.Everything), Has.None.Contains(job.JobOId));
        });

        var durations = telemetry.Measurements("workflow.http.request.duration").Where(m => Equals(m.Tags["http.route"], Status)).ToList();
        var retries = telemetry.Measurements("workflow.http.retries").Where(m => Equals(m.Tags["route"], Status)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(durations.Select(m => m.Tags["http.response.status_code"]), Is.EqualTo(new object[] { 503, 200 }));
            Assert.That(durations.Select(m => m.Tags["service"]), Is.All.EqualTo("octave"));
            Assert.That(durations.Select(m => m.Tags["http.request.method"]), Is.All.EqualTo("GET"));
            Assert.That(retries, Has.Count.EqualTo(1));
            Assert.That(retries[0].Tags["reason"], Is.EqualTo("http_503"));
            Assert.That(retries[0].Tags["service"], Is.EqualTo("octave"));
        });
    }

    [Test]
    public async Task A_transport_failure_is_logged_as_a_failed_attempt_and_measured_with_its_error_type()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        var logs = new CapturingLoggerProvider();
        using var telemetry = new TelemetryCapture();
        await using var provider = TestClients.Build(
            emulator,
            r => r.MaxRetryAttempts = 0,
            services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v2/api-key/validate", DropConnection = true, Times = 1 });

        Assert.CatchAsync<Exception>(() => provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());

        var failed = logs.Logs.Single(l => l.Category == HttpCategory && l.EventId.Name == "RequestFailed");
        var measured = telemetry.Measurements("workflow.http.request.duration").Single(m => Equals(m.Tags["http.route"], "/api/v2/api-key/validate"));
        Assert.Multiple(() =>
        {
            Assert.That(failed.Values["ErrorType"], Is.EqualTo("HttpRequestException"));
            Assert.That(failed.Level, Is.EqualTo(LogLevel.Warning));
            Assert.That(measured.Tags["error.type"], Is.EqualTo("HttpRequestException"));
        });
    }
}
