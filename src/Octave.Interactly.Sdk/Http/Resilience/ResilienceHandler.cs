using System;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Http.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Octave.Interactly.Sdk.Http.Resilience;

/// <summary>
/// Runs every request through the registration's resilience pipeline, sending a fresh copy of the message for
/// each attempt, and turns the pipeline's own exceptions into the SDK's typed ones.
/// </summary>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly WorkflowService _service;
    private readonly TimeSpan _totalTimeout;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public ResilienceHandler(
        ResiliencePipeline<HttpResponseMessage> pipeline, WorkflowService service, TimeSpan totalTimeout, TimeProvider timeProvider, ILogger logger)
    {
        _pipeline = pipeline;
        _service = service;
        _totalTimeout = totalTimeout;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        var state = await ResilientRequest.CreateAsync(request, _service, started, _totalTimeout, cancellationToken).ConfigureAwait(false);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResilientRequest.Key, state);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static (context, self) => self.SendAttemptAsync(context),
                context,
                this).ConfigureAwait(false);

            if (outcome.Exception is { } exception)
            {
                throw Translate(exception, state);
            }

            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> SendAttemptAsync(ResilienceContext context)
    {
        var state = context.Properties.GetValue(ResilientRequest.Key, null!);
        var attempt = state.NextAttempt();
        try
        {
            var response = await base.SendAsync(attempt, context.CancellationToken).ConfigureAwait(false);
            return Outcome.FromResult(response);
        }
#pragma warning disable CA1031 // Every failure becomes an outcome the pipeline's predicates judge; nothing is swallowed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            attempt.Dispose();
            return Outcome.FromException<HttpResponseMessage>(exception);
        }
    }

    private Exception Translate(Exception exception, ResilientRequest state)
    {
        switch (exception)
        {
            case TimeoutRejectedException timeout:
                WorkflowHttpLog.RequestTimedOut(_logger, state.Service, state.Method.Method, state.Route, state.Attempts, timeout.Timeout.TotalMilliseconds);
                return new WorkflowTimeoutException(state.Service, state.Method.Method, state.Route, timeout.Timeout, state.Attempts, timeout);
            case BrokenCircuitException broken:
                WorkflowHttpLog.CircuitRejected(_logger, state.Service, state.Method.Method, state.Route);
                return new WorkflowCircuitOpenException(state.Service, state.Method.Method, state.Route, broken.RetryAfter, broken);
            default:
                // Anything else (the caller's cancellation, a transport failure the rules did not retry) keeps its type
                // and its original stack trace.
                ExceptionDispatchInfo.Capture(exception).Throw();
                return exception;
        }
    }
}
