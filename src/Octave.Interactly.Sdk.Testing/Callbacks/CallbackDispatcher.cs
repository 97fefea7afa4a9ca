using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// POSTs a finished run's payload to its callback URL, retrying non-2xx answers and transport
/// failures with exponential backoff, as Octave documents. Waits use the emulator's clock.
/// </summary>
internal sealed class CallbackDispatcher : IDisposable
{
    /// <summary>Open connections to one receiver at most; further deliveries wait for one of them.</summary>
    internal const int MaxConnectionsPerReceiver = 256;

    private readonly EmulatorContext context;
    private readonly CallbackDeliveryLog log;
    private readonly HttpClient client;

    public CallbackDispatcher(EmulatorContext context, CallbackDeliveryLog log)
    {
        this.context = context;
        this.log = log;

        // A dedicated client: no proxy (receivers are usually on loopback) and no client-wide
        // timeout, because each attempt gets its own timeout on the emulator's clock. Deliveries to one
        // receiver share a bounded set of connections, as a real sender's would: when thousands of runs
        // end at once, an unbounded burst of new connections runs the receiving process out of file
        // descriptors (and the kernel reports it as a SYN flood), which is not what a test should meet.
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = MaxConnectionsPerReceiver,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task DeliverAsync(string runId, Uri url, JsonNode payload, CancellationToken cancellationToken)
    {
        var options = context.Options;
        int maxAttempts = Math.Max(1, options.CallbackMaxAttempts);
        string body = payload.ToJsonString();
        for (int attempt = 1; attempt <= maxAttempts; attempt++)
        {
            long sentAt = Stopwatch.GetTimestamp();
            var outcome = await SendOnceAsync(url, body, attempt, cancellationToken).ConfigureAwait(false);
            var latency = Stopwatch.GetElapsedTime(sentAt);
            log.Record(new CallbackDeliveryAttempt
            {
                RunId = runId,
                Url = url,
                Attempt = attempt,
                StatusCode = outcome.StatusCode,
                Error = outcome.Error,
                Latency = latency,
                Timestamp = context.TimeProvider.GetUtcNow(),
            });
            if (outcome.StatusCode is >= 200 and < 300)
            {
                log.Finish(runId, CallbackDeliveryStatus.Delivered);
                return;
            }

            if (attempt < maxAttempts)
            {
                double delay = options.CallbackInitialRetryDelayMilliseconds * Math.Pow(2, attempt - 1);
                await Task.Delay(TimeSpan.FromMilliseconds(delay), context.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        log.Finish(runId, CallbackDeliveryStatus.DeliveredFailed);
    }

    public void Dispose() => client.Dispose();

    private async Task<(int? StatusCode, string? Error)> SendOnceAsync(Uri url, string body, int attempt, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(
            TimeSpan.FromMilliseconds(Math.Max(1, context.Options.CallbackTimeoutMilliseconds)), context.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("x-octave-delivery-attempt", attempt.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var response = await client.SendAsync(request, linked.Token).ConfigureAwait(false);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "Timed out after " + context.Options.CallbackTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms");
        }
        catch (HttpRequestException exception)
        {
            return (null, exception.Message);
        }
    }
}
