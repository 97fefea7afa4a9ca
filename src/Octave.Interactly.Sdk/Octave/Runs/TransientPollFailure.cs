using System;
using System.Net;
using System.Net.Http;
using System.Threading;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Which failures of a status poll a wait rides out. A status poll is a read, so a throttled, timed-out or failing
/// server (408, 429, 5xx), a poll that timed out, an open circuit or a broken or cut connection only delays the next
/// poll, until the wait's own deadline; any other answer (400, 401, 404…)
/// would fail the same way again, so it ends the wait.
/// </summary>
internal static class TransientPollFailure
{
    public static bool IsTransient(Exception exception, CancellationToken cancellationToken, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        switch (exception)
        {
            case WorkflowApiException api when IsTransientStatus(api.StatusCode):
                retryAfter = api.RetryAfter;
                return true;
            case HttpRequestException or System.IO.IOException:
                return true;

            // One poll that timed out (attempt or total timeout) says nothing about the run: the wait has its own deadline.
            case TimeoutException:
                return true;
            case WorkflowCircuitOpenException open:
                retryAfter = open.RetryAfter;
                return true;

            // HttpClient's own timeout surfaces as a cancellation the caller did not ask for.
            case OperationCanceledException:
                return !cancellationToken.IsCancellationRequested;
            default:
                return false;
        }
    }

    private static bool IsTransientStatus(HttpStatusCode status) =>
        status == HttpStatusCode.RequestTimeout || (int)status == 429 || (int)status >= 500;
}
