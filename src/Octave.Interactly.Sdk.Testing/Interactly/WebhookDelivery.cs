using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Sends one webhook event to a subscription's URL, as Interactly does: a JSON POST signed with HMAC-SHA256 of the raw
/// body under the subscription secret (lowercase hex in <c>X-Interactly-Signature</c>, Unix seconds in
/// <c>X-Interactly-Timestamp</c>). A dedicated client without proxy: receivers are on loopback.
/// </summary>
internal sealed class WebhookDelivery
{
    private readonly EmulatorContext context;
    // One client for the process, as HttpClient is meant to be shared; each attempt has its own timeout.
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public WebhookDelivery(EmulatorContext context) => this.context = context;

    /// <summary>
    /// The wait before attempt <paramref name="attempt"/> + 1: the subscription's backoff doubling per attempt, capped by
    /// the emulator's callback retry delay so tests wait milliseconds rather than the service's seconds.
    /// </summary>
    public TimeSpan Backoff(int backoffSeconds, int attempt)
    {
        double first = Math.Min(backoffSeconds * 1000.0, Math.Max(1, context.Options.CallbackInitialRetryDelayMilliseconds));
        return TimeSpan.FromMilliseconds(first * Math.Pow(2, attempt - 1));
    }

    /// <summary>One POST; the status code or the error, and how long it took.</summary>
    public async Task<(int? StatusCode, string? Error, TimeSpan Latency)> SendAsync(Uri url, string body, string? secret, int timeoutSeconds)
    {
        int timeoutMs = (int)Math.Min(timeoutSeconds * 1000L, Math.Max(1, context.Options.CallbackTimeoutMilliseconds));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(timeoutMs), context.TimeProvider);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (!string.IsNullOrEmpty(secret))
        {
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            string signature = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), bytes)).ToLowerInvariant();
            request.Headers.TryAddWithoutValidation("X-Interactly-Signature", signature);
            request.Headers.TryAddWithoutValidation(
                "X-Interactly-Timestamp", context.TimeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }

        long started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await Client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            return ((int)response.StatusCode, null, Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException)
        {
            return (null, "Timed out after " + timeoutMs.ToString(CultureInfo.InvariantCulture) + " ms", Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException error)
        {
            return (null, error.Message, Stopwatch.GetElapsedTime(started));
        }
    }
}
