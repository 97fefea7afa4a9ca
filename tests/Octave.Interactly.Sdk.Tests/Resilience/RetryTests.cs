using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.DependencyInjection;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>What the retry strategy re-sends and what it never re-sends, shown by the emulator's journal.</summary>
public sealed class RetryTests
{
    private const string Validate = "/api/v2/api-key/validate";
    private const string RunWorkflow = "/api/v2/workflows/run";

    private WorkflowEmulator _emulator = null!;

    [SetUp]
    public async Task Start() => _emulator = await TestClients.StartEmulatorAsync();

    [TearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [Test]
    public async Task Rate_limited_GET_waits_the_clamped_Retry_After_then_succeeds()
    {
        // The server asks for 5 s; MaxRetryAfter is 100 ms, so the SDK waits 100 ms, not 5 s.
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 429, RetryAfterSeconds = 5, Times = 1 });
        await using var provider = TestClients.Build(_emulator);

        var answer = await provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync();

        var attempts = TestClients.Matching(_emulator, "GET", Validate);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Valid, Is.True);
            Assert.That(attempts.Select(a => a.StatusCode), Is.EqualTo(new[] { 429, 200 }));
            var wait = attempts[1].Timestamp - attempts[0].Timestamp;
            Assert.That(wait, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(95)), "the clamped Retry-After was not honoured");
            Assert.That(wait, Is.LessThan(TimeSpan.FromSeconds(2)), "Retry-After was not clamped to MaxRetryAfter");
        });
    }

    [Test]
    public async Task Rate_limited_job_starting_POST_is_re_sent_with_the_same_body()
    {
        _emulator.Faults.Add(new FaultRule { Method = "POST", Path = RunWorkflow, StatusCode = 429, RetryAfterSeconds = 1, Times = 1 });
        await using var provider = TestClients.Build(_emulator);

        var started = await provider.GetRequiredService<IOctaveApi>().RunWorkflowAsync(
            new RunWorkflowRequest("caw_demo_enrich").SetInput("company", "acme.example"),
            new WorkflowRequestOptions { ExternalRequestId = "ext-429" });

        var attempts = TestClients.Matching(_emulator, "POST", RunWorkflow);
        Assert.Multiple(() =>
        {
            Assert.That(started.JobOId, Is.Not.Null.And.Not.Empty);
            Assert.That(attempts.Select(a => a.StatusCode), Is.EqualTo(new[] { 429, 200 }));
            Assert.That(attempts[1].Body, Is.EqualTo(attempts[0].Body).And.Contains("acme.example"));
            Assert.That(attempts.Select(a => a.ExternalRequestId), Is.All.EqualTo("ext-429"));
            Assert.That(attempts.Select(a => a.ApiKeyPresent), Is.All.True);
        });
    }

    [Test]
    public async Task Burst_of_503s_on_a_GET_is_retried_to_success()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503, Times = 3 });
        await using var provider = TestClients.Build(_emulator);

        var answer = await provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync(new WorkflowRequestOptions { ExternalRequestId = "ext-503" });

        var attempts = TestClients.Matching(_emulator, "GET", Validate);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Valid, Is.True);
            Assert.That(attempts.Select(a => a.StatusCode), Is.EqualTo(new[] { 503, 503, 503, 200 }));
            Assert.That(attempts.Select(a => a.ExternalRequestId), Is.All.EqualTo("ext-503"), "every attempt must carry the original headers");
            Assert.That(attempts.Select(a => a.QueryString).Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task GET_that_keeps_failing_surfaces_the_last_answer_after_MaxRetryAttempts()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503 });
        await using var provider = TestClients.Build(_emulator, r => r.MaxRetryAttempts = 2);

        var error = Assert.ThrowsAsync<WorkflowApiException>(() => provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(_emulator.Journal.Count("GET", Validate), Is.EqualTo(3));
    }

    [Test]
    public async Task A_503_on_a_job_starting_POST_is_not_re_sent()
    {
        _emulator.Faults.Add(new FaultRule { Method = "POST", Path = RunWorkflow, StatusCode = 503, Times = 1 });
        await using var provider = TestClients.Build(_emulator);

        var error = Assert.ThrowsAsync<WorkflowApiException>(() =>
            provider.GetRequiredService<IOctaveApi>().RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich")));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(_emulator.Journal.Count("POST", RunWorkflow), Is.EqualTo(1));
    }

    [Test]
    public async Task A_job_starting_POST_whose_connection_was_refused_is_re_sent()
    {
        // Nothing listens on this port: the connection fails before a byte is sent, so even a POST may be retried.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var attempts = new CountingHandler();
        await using var provider = TestClients.Build(
            _emulator,
            r => r.MaxRetryAttempts = 2,
            builder: clients =>
            {
                clients.Configure(o => o.Octave.BaseUrl = new Uri($"http://127.0.0.1:{closedPort}/"));
                clients.Octave.AddHttpMessageHandler(() => attempts);
            });

        var error = Assert.ThrowsAsync<HttpRequestException>(() =>
            provider.GetRequiredService<IOctaveApi>().RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich")));

        Assert.That(attempts.Count, Is.EqualTo(3));
    }

    [Test]
    public async Task Retries_can_be_turned_off()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503, Times = 1 });
        await using var provider = TestClients.Build(_emulator, r => r.Enabled = false);

        Assert.ThrowsAsync<WorkflowApiException>(() => provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());
        Assert.That(_emulator.Journal.Count("GET", Validate), Is.EqualTo(1));
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
