using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Octave.Interactly.Sdk.Tests.Runs.Support;

namespace Octave.Interactly.Sdk.Tests.Runs;

/// <summary>Async agent runs and email generation against the emulator.</summary>
public sealed class AgentRunIntegrationTests : RunsEmulatorFixture
{
    private const string AgentStatusRoute = "/api/v2/async/agent/run/status";

    private static StartRunOptions NoOpCallback => new() { CallbackUrl = NoOpCallbackUrl };

    [Test]
    public async Task Run_agent_returns_the_agents_result_by_polling()
    {
        var client = CreateClient();

        var result = await client.RunAgentAsync(new EnrichCompanyRequest { AgentOId = "ca_enrich_company", CompanyDomain = "example.com" }, NoOpCallback);

        Assert.Multiple(() =>
        {
            Assert.That(result.RequestId, Does.StartWith("asyncReqID_"));
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Polling));
            Assert.That(result.Result?.ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(result.Result!.Value.GetRawText(), Does.Contain("example.com"));
            Assert.That(Emulator.Journal.Count("GET", AgentStatusRoute), Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public async Task A_failing_agent_is_a_failed_result_with_its_error()
    {
        var client = CreateClient();

        var result = await client.RunAgentAsync(new RunAgentRequest { AgentOId = "ca_demo_fails" }, NoOpCallback);

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Error, Is.Not.Null.And.Not.Empty);
            Assert.That(result.Result, Is.Null);
            Assert.That(() => result.EnsureSucceeded(), Throws.TypeOf<OctaveRunFailedException>().With.Property("RunId").EqualTo(result.RequestId));
        });
    }

    [Test]
    public async Task Email_generation_is_awaited_through_the_agent_status_endpoint()
    {
        var client = CreateClient(new OctaveClientOptions { CallbackUrl = NoOpCallbackUrl, CallbackFallbackInterval = TimeSpan.FromMilliseconds(20) });

        var result = await client.GenerateEmailsAsync(new GenerateEmailsRequest
        {
            Sequence = new EmailSequenceSpec { Steps = 3 },
            Offering = new EmailOffering { Url = "https://acme.example.com", Name = "Acme" },
            Recipient = new EmailRecipient { FirstName = "Ada", CompanyName = "Lovelace Ltd", CompanyDomain = "lovelace.example.com" },
        });

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.Result, Is.Not.Null);
            Assert.That(Emulator.Journal.Count("GET", AgentStatusRoute), Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public async Task An_agent_run_is_rebuilt_from_its_token_and_watched_to_the_end()
    {
        var client = CreateClient();
        var secondHost = CreateClient(registry: new OctaveRunCompletionRegistry());

        // Warm the connection so the run's 300 ms pending phase is not spent on first-request set-up.
        await secondHost.Api.ValidateApiKeyAsync();
        var run = await client.StartAgentAsync(new RunAgentRequest { AgentOId = "ca_watch", CallbackUrl = NoOpCallbackUrl });
        var rebuilt = AgentRun.FromToken(secondHost, run.ToToken());

        var states = (await CollectAsync(rebuilt)).Select(u => u.State).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rebuilt.Id, Is.EqualTo(run.Id));
            Assert.That(states, Is.EqualTo(new[] { OctaveRunState.Pending, OctaveRunState.Succeeded }));
            Assert.That(rebuilt.LastStatus!.Result, Is.Not.Null);
        });
    }

    [Test]
    public void Without_any_callback_url_agent_and_email_runs_are_refused_before_any_request()
    {
        var client = CreateClient();
        Assert.Multiple(() =>
        {
            Assert.That(
                () => client.StartAgentAsync(new EnrichCompanyRequest { AgentOId = "ca_enrich_company" }),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("callbackUrl").And.Message.Contains("OctaveClientOptions.CallbackUrl"));
            Assert.That(
                () => client.StartAgentAsync(new RunAgentRequest { AgentOId = "ca_enrich_company" }),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("callbackUrl"));
            Assert.That(
                () => client.StartEmailGenerationAsync(new GenerateEmailsRequest()),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("callbackUrl"));
            Assert.That(
                () => client.StartAgentAsync(new RunAgentRequest { CallbackUrl = NoOpCallbackUrl }),
                Throws.ArgumentException.With.Property("ParamName").EqualTo("agentOId"));
        });
        Assert.That(Emulator.Journal.Entries, Is.Empty);
    }

    private static async Task<System.Collections.Generic.List<AgentRunUpdate>> CollectAsync(AgentRun run)
    {
        var updates = new System.Collections.Generic.List<AgentRunUpdate>();
        await foreach (var update in run.WatchAsync())
        {
            updates.Add(update);
        }

        return updates;
    }
}
