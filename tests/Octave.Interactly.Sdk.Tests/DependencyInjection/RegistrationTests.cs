using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Octave.Interactly.Sdk.Testing;
using Polly;

namespace Octave.Interactly.Sdk.Tests.DependencyInjection;

/// <summary>What AddWorkflowClients puts in the container, and the ways to extend it.</summary>
public sealed class RegistrationTests
{
    private const string Validate = "/api/v2/api-key/validate";

    [Test]
    public async Task The_container_resolves_every_public_service()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        await using var provider = TestClients.Build(emulator);

        Assert.Multiple(() =>
        {
            var factory = provider.GetRequiredService<IWorkflowClientFactory>();
            var registry = provider.GetRequiredService<OctaveRunCompletionRegistry>();
            Assert.That(provider.GetRequiredService<IOctaveApi>(), GeneratedByRefit.Constraint.And.SameAs(factory.GetOctaveApi(string.Empty)));
            Assert.That(provider.GetRequiredService<IInteractlyApi>(), GeneratedByRefit.Constraint.And.SameAs(factory.GetInteractlyApi(string.Empty)));
            Assert.That(provider.GetRequiredService<OctaveClient>(), Is.SameAs(factory.GetOctaveClient(string.Empty)));
            Assert.That(provider.GetRequiredService<InteractlyClient>(), Is.SameAs(factory.GetInteractlyClient(string.Empty)));
            Assert.That(provider.GetRequiredService<OctaveClient>().Api, Is.SameAs(provider.GetRequiredService<IOctaveApi>()));
            Assert.That(provider.GetRequiredService<OctaveClient>().Completions, Is.SameAs(registry), "callbacks received by the app must reach waiting runs");
            Assert.That(provider.GetRequiredService<OctaveRunCompletionRegistry>(), Is.SameAs(registry));
            Assert.That(provider.GetRequiredService<TimeProvider>(), Is.SameAs(TimeProvider.System));
            Assert.That(provider.GetRequiredService<IOptions<WorkflowClientsOptions>>().Value.Octave.ApiKey, Is.EqualTo(TestClients.OctaveKey));
            Assert.That(provider.GetRequiredService<IHttpClientFactory>().CreateClient("Octave.Interactly.Sdk.Octave").Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
            Assert.That(provider.GetRequiredService<IHttpClientFactory>().CreateClient("Octave.Interactly.Sdk.Interactly").Timeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
        });
    }

    [Test]
    public void A_registered_TimeProvider_is_kept()
    {
        var services = new ServiceCollection();
        var clock = new FakeTimeProvider();
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowClients(o => o.Octave.ApiKey = "octave-valid-key-123");
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<TimeProvider>(), Is.SameAs(clock));
    }

    [Test]
    public async Task Two_tenants_reach_the_emulator_with_their_own_keys()
    {
        await using var emulator = await TestClients.StartEmulatorAsync(o =>
        {
            o.ApiKeys.Add("tenant-a-key-0001");
            o.ApiKeys.Add("tenant-b-key-0002");
        });
        var services = new ServiceCollection();
        services.AddWorkflowClients("tenant-a", o => TestClients.PointAt(o, emulator, octaveKey: "tenant-a-key-0001"));
        services.AddWorkflowClients("tenant-b", o => TestClients.PointAt(o, emulator, octaveKey: "tenant-b-key-0002"));
        services.AddWorkflowClients("tenant-c", o => TestClients.PointAt(o, emulator, octaveKey: "tenant-c-unknown-key"));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWorkflowClientFactory>();

        var a = await factory.GetOctaveApi("tenant-a").ValidateApiKeyAsync(new WorkflowRequestOptions { ExternalRequestId = "a" });
        var b = await factory.GetOctaveApi("tenant-b").ValidateApiKeyAsync(new WorkflowRequestOptions { ExternalRequestId = "b" });
        var c = Assert.ThrowsAsync<WorkflowApiException>(() => factory.GetOctaveApi("tenant-c").ValidateApiKeyAsync(new WorkflowRequestOptions { ExternalRequestId = "c" }));

        var statusByTenant = new Dictionary<string, int>();
        foreach (var entry in TestClients.Matching(emulator, "GET", Validate))
        {
            statusByTenant[entry.ExternalRequestId!] = entry.StatusCode;
            Assert.That(entry.ApiKeyPresent, Is.True);
        }

        Assert.Multiple(() =>
        {
            Assert.That(a.Valid && b.Valid, Is.True);
            Assert.That(c!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(statusByTenant, Is.EqualTo(new Dictionary<string, int> { ["a"] = 200, ["b"] = 200, ["c"] = 401 }));
            Assert.That(c.Message, Does.Not.Contain("tenant-c-unknown-key"));
        });
    }

    [Test]
    public async Task The_registered_clients_run_a_workflow_and_a_conversation_end_to_end()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        await using var provider = TestClients.Build(emulator, builder: clients => clients.Configure(o =>
        {
            o.Polling.InitialInterval = TimeSpan.FromMilliseconds(20);
            o.Polling.MaxInterval = TimeSpan.FromMilliseconds(50);
            o.Polling.Timeout = TimeSpan.FromSeconds(10);
        }));

        var run = await provider.GetRequiredService<OctaveClient>().RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich"));
        await using var session = await provider.GetRequiredService<InteractlyClient>().StartSessionAsync(Testing.Interactly.InteractlyCatalog.GreeterWorkflowId);

        Assert.Multiple(() =>
        {
            Assert.That(run.Succeeded, Is.True);
            Assert.That(session.TurnNumber, Is.EqualTo(1));
            Assert.That(session.RunId, Is.Not.Empty);
        });
    }

    [Test]
    public async Task Two_tenants_reach_Interactly_with_their_own_tokens()
    {
        await using var emulator = await TestClients.StartEmulatorAsync(o =>
        {
            o.ApiKeys.Add("tenant-a-token-0001");
            o.ApiKeys.Add("tenant-b-token-0002");
        });
        var services = new ServiceCollection();
        services.AddWorkflowClients("tenant-a", o => TestClients.PointAt(o, emulator, interactlyKey: "tenant-a-token-0001"));
        services.AddWorkflowClients("tenant-b", o => TestClients.PointAt(o, emulator, interactlyKey: "tenant-b-token-0002"));
        services.AddWorkflowClients("tenant-c", o => TestClients.PointAt(o, emulator, interactlyKey: "tenant-c-unknown-token"));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWorkflowClientFactory>();
        var greeter = Testing.Interactly.InteractlyCatalog.GreeterWorkflowId;

        await using var a = await factory.GetInteractlyClient("tenant-a").StartSessionAsync(greeter);
        await using var b = await factory.GetInteractlyClient("tenant-b").StartSessionAsync(greeter);
        var c = Assert.ThrowsAsync<WorkflowApiException>(() => factory.GetInteractlyClient("tenant-c").StartSessionAsync(greeter));

        Assert.Multiple(() =>
        {
            Assert.That(a.RunId, Is.Not.EqualTo(b.RunId));
            Assert.That(c!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(emulator.Journal.Entries, Has.All.Property(nameof(JournalEntry.AuthorizationPresent)).True);
        });
    }

    [Test]
    public void Only_Octave_may_be_configured_and_Interactly_then_names_its_missing_setting()
    {
        var services = new ServiceCollection();
        WorkflowClientsServiceCollectionExtensions.AddWorkflowClients(
            services, string.Empty, null, o => o.Octave.ApiKey = "octave-valid-key-123", TestClients.NoEnvironment);
        using var provider = services.BuildServiceProvider();

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<OctaveClient>(), Is.Not.Null);
            Assert.That(
                () => provider.GetRequiredService<IInteractlyApi>(),
                Throws.InvalidOperationException.With.Message.Contains("WorkflowClients:Interactly:ApiKey (or the INTERACTLY_API_KEY environment variable)"));
            Assert.That(
                () => provider.GetRequiredService<InteractlyClient>(),
                Throws.InvalidOperationException.With.Message.Contains("WorkflowClients:Interactly:ApiKey"));
        });
    }

    [Test]
    public void The_default_registration_is_not_required_for_tenants()
    {
        var services = new ServiceCollection();
        services.AddWorkflowClients("tenant-a", o => o.Octave.ApiKey = "octave-valid-key-123");
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IWorkflowClientFactory>();

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetService<IOctaveApi>(), Is.Null);
            Assert.That(factory.GetOctaveApi("tenant-a"), Is.Not.Null);
            Assert.That(() => factory.GetOctaveApi("tenant-z"), Throws.InvalidOperationException.With.Message.Contains("'tenant-z'"));
            Assert.That(() => factory.GetOctaveApi(string.Empty), Throws.InvalidOperationException.With.Message.Contains("default"));
        });
    }

    [Test]
    public void An_API_without_a_key_throws_naming_the_setting_when_resolved()
    {
        var services = new ServiceCollection();
        WorkflowClientsServiceCollectionExtensions.AddWorkflowClients(
            services, string.Empty, null, o => o.Interactly.ApiKey = "interactly-valid-key-123", TestClients.NoEnvironment);
        using var provider = services.BuildServiceProvider();

        Assert.That(
            () => provider.GetRequiredService<IOctaveApi>(),
            Throws.InvalidOperationException.With.Message.Contains("WorkflowClients:Octave:ApiKey (or the OCTAVE_API_KEY environment variable)"));
    }

    [Test]
    public void Registering_one_name_twice_is_refused()
    {
        var services = new ServiceCollection();
        services.AddWorkflowClients(o => o.Octave.ApiKey = "octave-valid-key-123");
        services.AddWorkflowClients("tenant-a", o => o.Octave.ApiKey = "octave-valid-key-123");

        Assert.Multiple(() =>
        {
            Assert.That(() => services.AddWorkflowClients(o => o.Octave.ApiKey = "octave-valid-key-456"), Throws.InvalidOperationException.With.Message.Contains("already registered"));
            Assert.That(() => services.AddWorkflowClients("tenant-a", _ => { }), Throws.InvalidOperationException.With.Message.Contains("'tenant-a'"));
        });
    }

    [Test]
    public void Names_must_not_be_empty()
    {
        var services = new ServiceCollection();

        Assert.That(() => services.AddWorkflowClients(" ", _ => { }), Throws.ArgumentException.With.Property("ParamName").EqualTo("name"));
    }

    [Test]
    public async Task Handlers_added_through_the_builder_run_once_per_attempt_with_the_headers_set_once()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503, Times = 2 });
        var seen = new RecordingHandler();
        await using var provider = TestClients.Build(emulator, builder: clients => clients.Octave.AddHttpMessageHandler(() => seen));

        await provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync();

        Assert.That(seen.Messages, Has.Count.EqualTo(3));
        Assert.That(seen.KeyHeaderCounts, Is.EqualTo(new[] { 1, 1, 1 }), "a retry re-sends the message without adding the key again");
    }

    [Test]
    public async Task ConfigureResilience_extends_the_pipeline_of_each_API()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        var built = new List<WorkflowService>();
        var executions = 0;
        await using var provider = TestClients.Build(emulator, builder: clients => clients.ConfigureResilience((pipeline, context) =>
        {
            built.Add(context.Service);
            pipeline.AddStrategy(_ => new CountingStrategy(() => Interlocked.Increment(ref executions)), new CountingStrategyOptions());
        }));
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503, Times = 1 });

        await provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync();

        Assert.That(built, Is.EqualTo(new[] { WorkflowService.Octave }));
        Assert.That(executions, Is.EqualTo(2), "an added strategy runs inside the retry, once per attempt");
    }

    [Test]
    public async Task ReplaceResilience_drops_the_default_strategies()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503, Times = 1 });
        await using var provider = TestClients.Build(emulator, builder: clients => clients.ReplaceResilience((pipeline, _) => { }));

        Assert.ThrowsAsync<WorkflowApiException>(() => provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync());
        Assert.That(emulator.Journal.Count("GET", Validate), Is.EqualTo(1));
    }

    [Test]
    public async Task A_replaced_pipeline_can_keep_the_SDK_retry_rules()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Faults.Add(new FaultRule { Method = "GET", Path = Validate, StatusCode = 503, Times = 1 });
        emulator.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v2/workflows/run", StatusCode = 503, Times = 1 });
        await using var provider = TestClients.Build(emulator, builder: clients => clients.ReplaceResilience((pipeline, _) =>
            pipeline.AddRetry(new Polly.Retry.RetryStrategyOptions<HttpResponseMessage>
            {
                Delay = TimeSpan.Zero,
                ShouldHandle = args => new ValueTask<bool>(WorkflowResiliencePipelineContext.IsRetryable(args.Outcome, args.Context)),
            })));
        var api = provider.GetRequiredService<IOctaveApi>();

        await api.ValidateApiKeyAsync();
        Assert.ThrowsAsync<WorkflowApiException>(() => api.RunWorkflowAsync(new RunWorkflowRequest("caw_demo_enrich")));

        Assert.That(emulator.Journal.Count("GET", Validate), Is.EqualTo(2));
        Assert.That(emulator.Journal.Count("POST", "/api/v2/workflows/run"), Is.EqualTo(1));
    }

    [Test]
    public async Task Logging_added_after_the_clients_still_receives_their_logs()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        var logs = new Observability.CapturingLoggerProvider();
        await using var provider = TestClients.Build(emulator, builder: clients => clients.Services.AddLogging(b => b.AddProvider(logs)));

        await provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync();

        Assert.That(logs.Logs, Has.Some.Property(nameof(Observability.CapturedLog.Category)).EqualTo("Octave.Interactly.Sdk.Http"));
    }

    [Test]
    public async Task Builder_Configure_runs_after_the_first_configuration()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        await using var provider = TestClients.Build(emulator, builder: clients => clients.Configure(o => o.Octave.RequestSource = "builder-source"));

        await provider.GetRequiredService<IOctaveApi>().ValidateApiKeyAsync();

        Assert.That(TestClients.Matching(emulator, "GET", Validate)[0].Headers["x-request-source"], Is.EqualTo("builder-source"));
    }

    private sealed class RecordingHandler : DelegatingHandler
    {
        public List<HttpRequestMessage> Messages { get; } = new();

        /// <summary>How many <c>api_key</c> values each attempt carried when it passed.</summary>
        public List<int> KeyHeaderCounts { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Messages)
            {
                Messages.Add(request);
                KeyHeaderCounts.Add(request.Headers.TryGetValues("api_key", out var keys) ? keys.Count() : 0);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CountingStrategyOptions : ResilienceStrategyOptions
    {
    }

    private sealed class CountingStrategy : ResilienceStrategy
    {
        private readonly Action _onExecute;

        public CountingStrategy(Action onExecute) => _onExecute = onExecute;

        protected override ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
            Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
        {
            _onExecute();
            return callback(context, state);
        }
    }
}
