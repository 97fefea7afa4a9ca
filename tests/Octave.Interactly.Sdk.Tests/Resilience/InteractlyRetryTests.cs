using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.Testing;
using Octave.Interactly.Sdk.Testing.Interactly;
using Octave.Interactly.Sdk.Tests.DependencyInjection;

namespace Octave.Interactly.Sdk.Tests.Resilience;

/// <summary>An Interactly turn starts work: it is re-sent after a 429, never after a 503.</summary>
public sealed class InteractlyRetryTests
{
    private const string Execute = "/workflows/v1/workflows/*/execute";

    private WorkflowEmulator _emulator = null!;

    [SetUp]
    public async Task Start() => _emulator = await TestClients.StartEmulatorAsync();

    [TearDown]
    public async Task Stop() => await _emulator.DisposeAsync();

    [Test]
    public async Task A_503_on_a_turn_is_not_re_sent()
    {
        _emulator.Faults.Add(new FaultRule { Method = "POST", Path = Execute, StatusCode = 503, Times = 1 });
        await using var provider = TestClients.Build(_emulator);

        var error = Assert.ThrowsAsync<WorkflowApiException>(() =>
            provider.GetRequiredService<InteractlyClient>().StartSessionAsync(InteractlyCatalog.GreeterWorkflowId));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(error.Service, Is.EqualTo(WorkflowService.Interactly));
        Assert.That(_emulator.Journal.Count("POST", Execute), Is.EqualTo(1));
    }

    [Test]
    public async Task A_rate_limited_turn_is_re_sent_with_the_same_body()
    {
        _emulator.Faults.Add(new FaultRule { Method = "POST", Path = Execute, StatusCode = 429, RetryAfterSeconds = 1, Times = 1 });
        await using var provider = TestClients.Build(_emulator);

        await using var session = await provider.GetRequiredService<InteractlyClient>().StartSessionAsync(InteractlyCatalog.GreeterWorkflowId);

        var turns = _emulator.Journal.Entries.Where(e => e.Method == "POST" && e.Path.EndsWith("/execute", System.StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(session.TurnNumber, Is.EqualTo(1));
            Assert.That(turns.Select(t => t.StatusCode), Is.EqualTo(new[] { 429, 200 }));
            Assert.That(turns[1].Body, Is.EqualTo(turns[0].Body));
            Assert.That(turns[1].QueryString, Is.EqualTo(turns[0].QueryString));
        });
    }
}
