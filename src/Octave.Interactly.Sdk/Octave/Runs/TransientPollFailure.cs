using System;
using System.Net;
using System.Net.Http;
using System.Threading;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Which failures of a status poll a wait rides out. A status poll is a read, so a throttled, timed-out or failing
/// server (408, 429, 5xx) or a broken connection only delays the next poll; any other answer (400, 401, 404…)
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
            case HttpRequestException:
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
