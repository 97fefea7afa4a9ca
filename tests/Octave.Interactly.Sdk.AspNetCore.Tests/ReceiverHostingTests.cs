using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk.AspNetCore.Tests.Support;

namespace Octave.Interactly.Sdk.AspNetCore.Tests;

/// <summary>Registration, validation at start-up, handler isolation and scale-out over a shared cache.</summary>
public sealed class ReceiverHostingTests
{
    [Test]
    public void A_missing_token_fails_at_start_naming_the_option()
    {
        var exception = Assert.ThrowsAsync<OptionsValidationException>(async () =>
            await ReceiverApp.StartAsync(options => options.Token = ""));

        Assert.That(exception!.Message, Does.Contain("OctaveCallbackReceiverOptions.Token"));
    }

    [Test]
    public void A_weak_token_and_bad_limits_fail_at_start_with_every_problem_named()
    {
        var exception = Assert.ThrowsAsync<OptionsValidationException>(async () =>
            await ReceiverApp.StartAsync(options =>
            {
                options.Token = "short-secret";
                options.MaxBodyBytes = 0;
                options.HandlerConcurrency = 0;
            }));

        Assert.That(exception!.Failures, Has.Some.Contains("OctaveCallbackReceiverOptions.Token"));
        Assert.That(exception.Failures, Has.Some.Contains("MaxBodyBytes").And.Some.Contains("HandlerConcurrency"));
        Assert.That(exception.Message, Does.Not.Contain("short-secret"));
    }

    [Test]
    public void Mapping_needs_the_services_and_a_token_parameter()
    {
        var builder = WebApplication.CreateSlimBuilder();
        var bare = builder.Build();
        Assert.That(() => bare.MapOctaveCallbacks(), Throws.InvalidOperationException.With.Message.Contains("AddOctaveCallbackReceiver"));

        var configured = WebApplication.CreateSlimBuilder();
        configured.Services.AddOctaveCallbackReceiver(o => o.Token = CallbackUrls.NewToken());
        var app = configured.Build();
        Assert.That(() => app.MapOctaveCallbacks("/callbacks/octave"), Throws.ArgumentException.With.Property("ParamName").EqualTo("pattern"));
        Assert.That(() => app.MapOctaveCallbacks("/hooks/{token}/octave"), Throws.Nothing);
    }

    [Test]
    public void Registration_is_idempotent_and_keeps_a_user_deduplicator_and_registry()
    {
        var services = new ServiceCollection();
        var custom = new InMemoryCallbackDeduplicator(TimeSpan.FromMinutes(1));
        var registry = new OctaveRunCompletionRegistry();
        services.AddSingleton<ICallbackDeduplicator>(custom);
        services.AddSingleton(registry);
        services.AddLogging();

        services.AddOctaveCallbackReceiver(o => o.Token = CallbackUrls.NewToken());
        services.AddOctaveCallbackReceiver(o => { });
        services.AddOctaveCallbackHandler<NoOpHandler>();
        services.AddOctaveCallbackHandler<NoOpHandler>();

        using var provider = services.BuildServiceProvider();
        Assert.That(provider.GetRequiredService<ICallbackDeduplicator>(), Is.SameAs(custom));
        Assert.That(provider.GetRequiredService<OctaveRunCompletionRegistry>(), Is.SameAs(registry));
        Assert.That(provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Count(), Is.EqualTo(1));
        using var scope = provider.CreateScope();
        Assert.That(scope.ServiceProvider.GetServices<IOctaveCallbackHandler>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_throwing_handler_is_logged_and_neither_stops_the_other_handlers_nor_later_callbacks()
    {
        await using var receiver = await ReceiverApp.StartAsync(
            options => options.HandlerConcurrency = 1,
            services => services.AddOctaveCallbackHandler<ThrowingHandler>());

        using var first = await receiver.PostAsync("""{"jobOId":"bsjob_a","status":"succeeded"}""");
        using var second = await receiver.PostAsync("""{"jobOId":"bsjob_b","status":"succeeded"}""");

        await receiver.Handler.WaitForCountAsync(2);
        Assert.That(receiver.Handler.Handled.Select(c => c.RunId), Is.EquivalentTo(new[] { "bsjob_a", "bsjob_b" }));
        Assert.That(receiver.Logs.Entries.Count(e => e.EventId.Id == 4107 && e.Level == LogLevel.Error && e.Exception is InvalidOperationException), Is.EqualTo(2));
    }

    [Test]
    public async Task Each_handled_callback_gets_a_consumer_span_that_records_handler_failure()
    {
        var stopped = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == SdkInfo.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        var receiver = await ReceiverApp.StartAsync(configureServices: services => services.AddOctaveCallbackHandler<ThrowingHandler>());

        using var response = await receiver.PostAsync("""{"jobOId":"bsjob_traced","status":"failed"}""");
        await receiver.Handler.WaitForCountAsync(1);
        await receiver.DisposeAsync();

        var span = stopped.Single(a => a.OperationName == "octave.callback.handle" && (string?)a.GetTagItem("octave.run_id") == "bsjob_traced");
        Assert.That(span.Kind, Is.EqualTo(System.Diagnostics.ActivityKind.Consumer));
        Assert.That(span.GetTagItem("octave.callback.status"), Is.EqualTo("failed"));
        Assert.That(span.Status, Is.EqualTo(System.Diagnostics.ActivityStatusCode.Error));
    }

    [Test]
    public async Task Handlers_run_off_the_request_path()
    {
        using var release = new SemaphoreSlim(0);
        await using var receiver = await ReceiverApp.StartAsync(configureServices: services => services.AddSingleton<IOctaveCallbackHandler>(new BlockingHandler(release)));

        using var response = await receiver.PostAsync("""{"jobOId":"bsjob_slow","status":"succeeded"}""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "answered while the first handler is still blocked");
        Assert.That(receiver.Handler.Handled, Is.Empty);
        release.Release();
        await receiver.Handler.WaitForCountAsync(1);
    }

    [Test]
    public async Task Shutdown_finishes_the_callbacks_already_accepted()
    {
        using var release = new SemaphoreSlim(0);
        var receiver = await ReceiverApp.StartAsync(
            options => options.HandlerConcurrency = 1,
            services => services.AddSingleton<IOctaveCallbackHandler>(new BlockingHandler(release)));
        for (var i = 0; i < 5; i++)
        {
            using var response = await receiver.PostAsync($$"""{"jobOId":"bsjob_{{i}}","status":"succeeded"}""");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var stopping = receiver.DisposeAsync().AsTask();
        await Task.Delay(20);
        Assert.That(stopping.IsCompleted, Is.False, "shutdown waits for the queued callbacks");
        release.Release(5);
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(receiver.Handler.Handled, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Two_instances_sharing_a_distributed_cache_handle_a_callback_once_between_them()
    {
        var sharedCache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        void UseSharedCache(IServiceCollection services) =>
            services.AddSingleton<ICallbackDeduplicator>(new DistributedCacheCallbackDeduplicator(sharedCache, TimeSpan.FromHours(1)));
        await using var instanceA = await ReceiverApp.StartAsync(configureServices: UseSharedCache);
        await using var instanceB = await ReceiverApp.StartAsync(configureServices: UseSharedCache, token: instanceA.Token);

        using var toA = await instanceA.PostAsync("""{"jobOId":"bsjob_lb","status":"succeeded"}""");
        using var toB = await instanceB.PostAsync("""{"jobOId":"bsjob_lb","status":"succeeded"}""");

        Assert.That(new[] { toA.StatusCode, toB.StatusCode }, Has.All.EqualTo(HttpStatusCode.OK));
        await instanceA.Handler.WaitForCountAsync(1);
        await Task.Delay(50);
        Assert.That(instanceA.Handler.Handled.Count + instanceB.Handler.Handled.Count, Is.EqualTo(1));
    }

    private sealed class NoOpHandler : IOctaveCallbackHandler
    {
        public Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class ThrowingHandler : IOctaveCallbackHandler
    {
        public Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("handler bug");
    }

    private sealed class BlockingHandler(SemaphoreSlim release) : IOctaveCallbackHandler
    {
        public Task HandleAsync(OctaveCallback callback, CancellationToken cancellationToken = default) => release.WaitAsync(cancellationToken);
    }
}
