using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Sends a run's callback when the run completes. Each run waits on a timer of the emulator's
/// clock (no thread per run), so thousands of concurrent runs cost only a timer and a small state machine each.
/// </summary>
internal sealed class CallbackScheduler : IDisposable
{
    private readonly EmulatorContext context;
    private readonly CallbackDispatcher dispatcher;
    private readonly CallbackDeliveryLog log;
    private CancellationTokenSource lifetime = new();

    public CallbackScheduler(EmulatorContext context, CallbackDispatcher dispatcher, CallbackDeliveryLog log)
    {
        this.context = context;
        this.dispatcher = dispatcher;
        this.log = log;
    }

    /// <summary>Delivers <paramref name="payload"/> to <paramref name="url"/> once <paramref name="completesAt"/> is reached.</summary>
    public void Schedule(string runId, Uri url, DateTimeOffset completesAt, Func<JsonNode> payload)
    {
        log.Track(runId);
        _ = RunAsync(runId, url, completesAt, payload, lifetime.Token);
    }

    /// <summary>Abandons every pending delivery (emulator reset or shutdown).</summary>
    public void CancelAll()
    {
        var previous = Interlocked.Exchange(ref lifetime, new CancellationTokenSource());
        // Not disposed: a Schedule call racing with the reset may still read its token.
        previous.Cancel();
    }

    public void Dispose()
    {
        lifetime.Cancel();
        lifetime.Dispose();
    }

    private async Task RunAsync(string runId, Uri url, DateTimeOffset completesAt, Func<JsonNode> payload, CancellationToken cancellationToken)
    {
        try
        {
            var wait = completesAt - context.TimeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, context.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            await dispatcher.DeliverAsync(runId, url, payload(), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Reset or shutdown: the run no longer exists, so nothing is left to report.
        }
    }
}
