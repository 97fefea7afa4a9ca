using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.Http.Logging;

/// <summary>
/// Logs every HTTP attempt and records its duration in <see cref="SdkTelemetry.RequestDuration"/>. It sits inside
/// the resilience handler so that each attempt, retries included, is seen with its own number and duration, and
/// it counts the attempts (<see cref="HttpAttempt"/>).
/// </summary>
internal sealed class TelemetryHandler : DelegatingHandler
{
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly WorkflowService _service;

    public TelemetryHandler(ILogger logger, TimeProvider timeProvider, WorkflowService service)
    {
        _logger = logger;
        _timeProvider = timeProvider;
        _service = service;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var service = _service;
        var route = RequestFacts.Route(request);
        var method = request.Method.Method;
        var started = _timeProvider.GetTimestamp();
        var attempt = HttpAttempt.Next(request, started);
        WorkflowHttpLog.RequestStarting(_logger, service, method, route, attempt);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = _timeProvider.GetElapsedTime(started);
            var status = (int)response.StatusCode;
            WorkflowHttpLog.RequestCompleted(_logger, service, method, route, attempt, status, elapsed.TotalMilliseconds);
            if (SdkTelemetry.RequestDuration.Enabled)
            {
                // Boxed only for a listener: without one the status stays an int.
                Record(elapsed, service, method, route, new KeyValuePair<string, object?>("http.response.status_code", status));
            }

            return response;
        }
        catch (Exception exception)
        {
            var elapsed = _timeProvider.GetElapsedTime(started);
            var errorType = cancellationToken.IsCancellationRequested && exception is OperationCanceledException
                ? "cancelled"
                : exception.GetType().Name;
            WorkflowHttpLog.RequestFailed(_logger, service, method, route, attempt, elapsed.TotalMilliseconds, errorType, exception);
            if (SdkTelemetry.RequestDuration.Enabled)
            {
                Record(elapsed, service, method, route, new KeyValuePair<string, object?>("error.type", errorType));
            }

            throw;
        }
    }

    private static void Record(TimeSpan elapsed, WorkflowService service, string method, string route, KeyValuePair<string, object?> outcome)
    {
        SdkTelemetry.RequestDuration.Record(
            elapsed.TotalSeconds,
            SdkTelemetry.ServiceTag(service),
            new KeyValuePair<string, object?>("http.request.method", method),
            new KeyValuePair<string, object?>("http.route", route),
            outcome);
    }
}
