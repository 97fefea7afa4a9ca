using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Tests.DependencyInjection;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>The breaker opens under sustained failure, fails fast without a request, and closes after the break.</summary>
public sealed class CircuitBreakerTests
{
    private const string Validate = "/api/v2/api-key/validate";

    private WorkflowEmulator _emulator = null!;

    [SetUp]
    public async Task Start() => _emulator = await TestClients.StartEmulatorAsync();

    [TearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    private static void Sensitive(WorkflowResilienceOptions resilience)
    {
        resilience.MaxRetryAttempts = 0;
        resilience.CircuitBreaker.MinimumThroughput = 4;
        resilience.CircuitBreaker.FailureRatio = 0.5;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(5);
        resilience.CircuitBreaker.BreakDuration = TimeSpan.FromMilliseconds(200);
    }

    [Test]
    public async Task Circuit_opens_fails_fast_and_closes_after_the_break()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503 });
        await using var provider = TestClients.Build(_emulator, Sensitive);
        var api = provider.GetRequiredService<IOctaveApi>();

        for (var i = 0; i < 4; i++)
        {
            Assert.ThrowsAsync<WorkflowApiException>(() => api.ValidateApiKeyAsync());
        }

        var sentWhileClosed = _emulator.Journal.Count("GET", Validate);
        var open = Assert.ThrowsAsync<WorkflowCircuitOpenException>(() => api.ValidateApiKeyAsync());
        Assert.Multiple(() =>
        {
            Assert.That(sentWhileClosed, Is.EqualTo(4));
            Assert.That(_emulator.Journal.Count("GET", Validate), Is.EqualTo(4), "an open circuit must not send");
            Assert.That(open!.Service, Is.EqualTo(WorkflowService.Octave));
            Assert.That(open.Route, Is.EqualTo(Validate));
            Assert.That(open.RetryAfter, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMilliseconds(200)));
        });

        _emulator.Faults.Clear();
        await Task.Delay(TimeSpan.FromMilliseconds(250));

        var answer = await api.ValidateApiKeyAsync();
        var again = await api.ValidateApiKeyAsync();
        Assert.Multiple(() =>
        {
            Assert.That(answer.Valid && again.Valid, Is.True);
            Assert.That(_emulator.Journal.Count("GET", Validate), Is.EqualTo(6));
        });
    }

    [Test]
    public async Task Each_API_has_its_own_breaker()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503 });
        await using var provider = TestClients.Build(_emulator, Sensitive);
        var octave = provider.GetRequiredService<IOctaveApi>();
        var factory = provider.GetRequiredService<IWorkflowClientFactory>();

        for (var i = 0; i < 4; i++)
        {
            Assert.ThrowsAsync<WorkflowApiException>(() => octave.ValidateApiKeyAsync());
        }

        Assert.ThrowsAsync<WorkflowCircuitOpenException>(() => octave.ValidateApiKeyAsync());

        // A client created later for the same registration shares the (open) breaker: it outlives handler recycling.
        Assert.ThrowsAsync<WorkflowCircuitOpenException>(() => factory.GetOctaveApi(string.Empty).ValidateApiKeyAsync());
        Assert.That(_emulator.Journal.Count("GET", Validate), Is.EqualTo(4));
    }

    [Test]
    public async Task Tenants_do_not_share_a_breaker()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503, Times = 4 });
        var services = new ServiceCollection();
        services.AddWorkflowClients("tenant-a", o =>
        {
            TestClients.PointAt(o, _emulator);
            Sensitive(o.Resilience);
        });
        services.AddWorkflowClients("tenant-b", o =>
        {
            TestClients.PointAt(o, _emulator);
            Sensitive(o.Resilience);
        });
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWorkflowClientFactory>();

        for (var i = 0; i < 4; i++)
        {
            Assert.ThrowsAsync<WorkflowApiException>(() => factory.GetOctaveApi("tenant-a").ValidateApiKeyAsync());
        }

        Assert.ThrowsAsync<WorkflowCircuitOpenException>(() => factory.GetOctaveApi("tenant-a").ValidateApiKeyAsync());
        var b = await factory.GetOctaveApi("tenant-b").ValidateApiKeyAsync();

        Assert.That(b.Valid, Is.True);
        Assert.That(_emulator.Journal.Count("GET", Validate), Is.EqualTo(5));
    }
}
