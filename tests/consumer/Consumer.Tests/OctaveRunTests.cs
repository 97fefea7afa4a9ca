using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk;

namespace Consumer.Tests;

public sealed class OctaveRunTests
{
    private static Octave.Interactly.Sdk.Testing.WorkflowEmulator Emulator => ConsumerSetup.Emulator;

    [SetUp]
    public void ForgetEarlierRuns() => Emulator.Reset();

    [Test]
    public async Task Settings_come_from_the_configuration_file_and_the_environment()
    {
        await using var provider = ConsumerSetup.BuildProvider();

        var options = provider.GetRequiredService<IOptions<WorkflowClientsOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(options.Octave.BaseUrl, Is.EqualTo(Emulator.OctaveBaseUrl), "OCTAVE_BASE_URL");
            Assert.That(options.Interactly.BaseUrl, Is.EqualTo(Emulator.InteractlyBaseUrl), "INTERACTLY_BASE_URL");
            Assert.That(options.Octave.ApiKey, Is.EqualTo(ConsumerSetup.ApiKey), "OCTAVE_API_KEY");
            Assert.That(options.Octave.RequestSource, Is.EqualTo("consumer-tests"), "appsettings.json");
            Assert.That(options.Polling.InitialInterval, Is.EqualTo(TimeSpan.FromMilliseconds(20)), "appsettings.json");
        });
    }

    [Test]
    public async Task A_workflow_runs_to_completion()
    {
        await using var provider = ConsumerSetup.BuildProvider();
        var octave = provider.GetRequiredService<OctaveClient>();

        WorkflowRunResult result = await octave.RunWorkflowAsync("caw_demo_enrich", new EnrichPersonRequest { Email = "ada@example.com" });

        Assert.That(result.Succeeded, Is.True, result.Error);
        Assert.That(result.CompletedBy, Is.EqualTo(RunCompletedBy.Polling));
        Assert.That(Emulator.Journal.Count("POST", "/api/v2/workflows/run"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_agent_runs_to_completion_with_the_emulators_discarding_callback_url()
    {
        await using var provider = ConsumerSetup.BuildProvider();
        var octave = provider.GetRequiredService<OctaveClient>();

        AgentRunResult result = await octave.RunAgentAsync(
            new EnrichCompanyRequest { AgentOId = "ca_enrich_company", CompanyDomain = "acme.com" },
            new StartRunOptions { CallbackUrl = Emulator.DiscardingCallbackUrl.AbsoluteUri });

        Assert.That(result.Succeeded, Is.True, result.Error);
        Assert.That(result.Result, Is.Not.Null);
    }

    [Test]
    public async Task An_agent_without_a_callback_url_is_refused_before_any_request()
    {
        await using var provider = ConsumerSetup.BuildProvider();
        var octave = provider.GetRequiredService<OctaveClient>();

        var error = Assert.ThrowsAsync<ArgumentException>(() =>
            octave.RunAgentAsync(new EnrichCompanyRequest { AgentOId = "ca_enrich_company", CompanyDomain = "acme.com" }));

        Assert.That(error!.ParamName, Is.EqualTo("callbackUrl"));
        Assert.That(Emulator.Journal.Count("POST", "/api/v2/async/agent/run"), Is.Zero);
    }

    [Test]
    public async Task A_handle_rebuilt_in_a_second_service_provider_awaits_the_run()
    {
        string token;
        await using (var first = ConsumerSetup.BuildProvider())
        {
            WorkflowRun started = await first.GetRequiredService<OctaveClient>().StartWorkflowAsync("caw_demo_enrich");
            token = started.ToToken();
        }

        await using var second = ConsumerSetup.BuildProvider();
        WorkflowRun again = WorkflowRun.FromToken(second.GetRequiredService<OctaveClient>(), token);
        WorkflowRunResult result = await again.WaitForCompletionAsync();

        Assert.That(result.Succeeded, Is.True, result.Error);
        Assert.That(result.JobOId, Is.EqualTo(again.Id));
    }
}
