using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>
/// Runs accepted callbacks off the request path: completes the run's waiters in the
/// <see cref="OctaveRunCompletionRegistry"/>, then calls every registered <see cref="IOctaveCallbackHandler"/>
/// in its own DI scope. A failing handler is logged and does not stop the others or the dispatcher.
/// On shutdown it stops taking new callbacks and finishes the queued ones within the host's shutdown timeout.
/// </summary>
internal sealed class OctaveCallbackDispatcher : BackgroundService
{
    private readonly OctaveCallbackQueue _queue;
    private readonly OctaveRunCompletionRegistry _registry;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly ILogger<OctaveCallbackDispatcher> _logger;
    private readonly int _concurrency;
    private readonly CancellationTokenSource _handlerCancellation = new();

    public OctaveCallbackDispatcher(
        OctaveCallbackQueue queue,
        OctaveRunCompletionRegistry registry,
        IServiceScopeFactory scopeFactory,
        IOptions<OctaveCallbackReceiverOptions> options,
        ILogger<OctaveCallbackDispatcher> logger)
    {
        _queue = queue;
        _registry = registry;
        _scopeFactory = scopeFactory;
        _logger = logger;
        _concurrency = options.Value.HandlerConcurrency;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Complete();

        // Handlers see cancellation only when the host's shutdown deadline passes, so queued work gets a chance to finish.
        using (cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _handlerCancellation))
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        _handlerCancellation.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _concurrency).Select(_ => Task.Run(DrainAsync, CancellationToken.None)));

    private async Task DrainAsync()
    {
        // Reading ends when StopAsync completes the queue and it runs dry, not when stoppingToken fires, so nothing accepted is dropped.
        await foreach (var callback in _queue.ReadAllAsync().ConfigureAwait(false))
        {
            await DispatchAsync(callback).ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(OctaveCallback callback)
    {
        // One consumer span per handled callback, so a trace shows when the result reached the application and what failed.
        using var activity = SdkTelemetry.ActivitySource.StartActivity("octave.callback.handle", ActivityKind.Consumer);
        activity?.SetTag("octave.run_id", callback.RunId);
        activity?.SetTag("octave.callback.status", callback.Status.Value);
        try
        {
            _registry.Complete(callback);
        }
#pragma warning disable CA1031 // A dispatcher that dies on one bad callback would leave every later one unhandled.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            ReceiverLog.RegistryFailed(_logger, exception, callback.RunId);
        }

        var scope = _scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IOctaveCallbackHandler>())
            {
                try
                {
                    await handler.HandleAsync(callback, _handlerCancellation.Token).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Handler code is the application's; its failure must not stop other handlers or the dispatcher.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    ReceiverLog.HandlerFailed(_logger, exception, handler.GetType().FullName ?? handler.GetType().Name, callback.RunId, callback.Status);
                    activity?.SetStatus(ActivityStatusCode.Error, "A callback handler failed.");
                }
            }
        }
    }
}
