using System;
using System.IO;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Http.Logging;
#if NET8_0_OR_GREATER
using Polly.CircuitBreaker;
using Polly.Timeout;
#endif

namespace Octave.Interactly.Sdk.Http.Refit;

/// <summary>
/// Refit's <c>TransportExceptionFactory</c> for one API: what surfaces when no usable answer arrived. The resilience
/// pipeline's timeouts and open breaker become <see cref="WorkflowTimeoutException"/> and
/// <see cref="WorkflowCircuitOpenException"/>; a job-starting POST that may have reached the server becomes
/// <see cref="WorkflowOutcomeUnknownException"/>; the caller's own cancellation and everything else keep their type.
/// </summary>
internal sealed class TransportErrorMapper
{
    private readonly WorkflowService _service;
    private readonly ILogger _logger;

    public TransportErrorMapper(WorkflowService service, ILogger logger)
    {
        _service = service;
        _logger = logger;
    }

    public Exception Map(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return exception;
        }

        var method = request.Method.Method;
        var route = RequestFacts.Route(request);
        var typed = Translate(request, exception, method, route);
        if (RequestFacts.StartsWork(request) && MayHaveReachedServer(exception))
        {
            return new WorkflowOutcomeUnknownException(
                _service, method, request.RequestUri?.AbsolutePath ?? route, RequestFacts.Options(request)?.ExternalRequestId, typed);
        }

        return typed;
    }

    private Exception Translate(HttpRequestMessage request, Exception exception, string method, string route)
    {
        switch (exception)
        {
#if NET8_0_OR_GREATER
            case TimeoutRejectedException timeout:
                var attempts = HttpAttempt.Get(request);
                WorkflowHttpLog.RequestTimedOut(_logger, _service, method, route, attempts, timeout.Timeout.TotalMilliseconds);
                return new WorkflowTimeoutException(_service, method, route, timeout.Timeout, attempts, timeout);
            case BrokenCircuitException broken:
                WorkflowHttpLog.CircuitRejected(_logger, _service, method, route);
                return new WorkflowCircuitOpenException(_service, method, route, broken.RetryAfter, broken);
#endif
            case OperationCanceledException cancelled:
                // Not the caller's token: HttpClient.Timeout ran out (the only timeout on targets without the pipeline).
                return new WorkflowTimeoutException(_service, method, route, TimeSpan.Zero, Math.Max(1, HttpAttempt.Get(request)), cancelled);
            default:
                return exception;
        }
    }

    /// <summary>
    /// A failure after which the server may have acted: a timeout, or a transport failure other than a connection
    /// that failed before sending. An open breaker, a refused connection or the SDK's own checks sent nothing.
    /// </summary>
    private static bool MayHaveReachedServer(Exception exception) => exception switch
    {
#if NET8_0_OR_GREATER
        TimeoutRejectedException => true,
        BrokenCircuitException => false,
#endif
        OperationCanceledException or TimeoutException => true,
        HttpRequestException => !TransportFailure.FailedBeforeSending(exception),
        IOException => true,
        _ => false,
    };
}
