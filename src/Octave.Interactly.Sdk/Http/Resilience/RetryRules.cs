#if NET8_0_OR_GREATER
using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using Polly;
using Polly.Timeout;

namespace Octave.Interactly.Sdk.Http.Resilience;

/// <summary>
/// Which failed attempts may be sent again, and which count against the circuit breaker. The retry rules are the
/// contract's: a request that may have started work on the server is never re-sent after an ambiguous failure.
/// </summary>
internal static class RetryRules
{
    /// <summary>
    /// Why the attempt should be retried ("http_503", "timeout", "transport"), or null when it must not be.
    /// Safe methods retry on 408, 429, 500, 502, 503, 504, transport failures and attempt timeouts. Any other
    /// method (POST above all) retries only on 429, which the server answers without acting, or on a connection
    /// that failed before a byte was sent.
    /// </summary>
    public static string? RetryReason(Outcome<HttpResponseMessage> outcome, HttpMethod method)
    {
        var safe = IsSafe(method);
        if (outcome.Result is { } response)
        {
            var status = (int)response.StatusCode;
            var retry = safe ? IsTransientStatus(status) : status == 429;
            return retry ? StatusReason(status) : null;
        }

        return outcome.Exception switch
        {
            TimeoutRejectedException => safe ? "timeout" : null,
            HttpRequestException transport => safe || TransportFailure.FailedBeforeSending(transport) ? "transport" : null,
            IOException => safe ? "transport" : null,
            _ => null,
        };
    }

    /// <summary>Whether an attempt's outcome counts as a failure of the API for the circuit breaker.</summary>
    public static bool IsFailure(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { } response)
        {
            var status = (int)response.StatusCode;
            return status is 408 or 429 or >= 500;
        }

        return outcome.Exception is TimeoutRejectedException or HttpRequestException or IOException;
    }

    /// <summary>GET, HEAD, PUT, DELETE, OPTIONS and TRACE: repeating them has no further effect on the server.</summary>
    public static bool IsSafe(HttpMethod method) =>
        method == HttpMethod.Get
        || method == HttpMethod.Head
        || method == HttpMethod.Put
        || method == HttpMethod.Delete
        || method == HttpMethod.Options
        || method == HttpMethod.Trace;

    private static bool IsTransientStatus(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    private static string StatusReason(int status) => "http_" + status.ToString(CultureInfo.InvariantCulture);
}
#endif
