#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Octave.Interactly.Sdk.Http.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Octave.Interactly.Sdk.Http.Resilience;

/// <summary>
/// Fills the resilience pipeline that <c>AddResilienceHandler</c> runs for one API of one registration, in the
/// documented order: total timeout → retry → circuit breaker → per-attempt timeout, then whatever the user added.
/// The handlers added after the resilience handler (telemetry, body buffering) run inside it, once per attempt, so
/// the attempt timeout covers reading the body too.
/// </summary>
internal static class WorkflowResiliencePipelineFactory
{
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        WorkflowResiliencePipelineContext context,
        ResilienceCustomization customization,
        ILogger logger)
    {
        builder.TimeProvider = context.TimeProvider;
        if (!customization.ReplaceDefaults)
        {
            AddDefaults(builder, context.Options, context.Service, context.TimeProvider, logger);
        }

        foreach (var configure in customization.Configure)
        {
            configure(builder, context);
        }
    }

    private static void AddDefaults(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, WorkflowResilienceOptions options, WorkflowService service, TimeProvider timeProvider, ILogger logger)
    {
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.TotalTimeout });
        if (!options.Enabled)
        {
            return;
        }

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(CreateRetry(options, service, timeProvider, logger));
        }

        if (options.CircuitBreaker.Enabled)
        {
            builder.AddCircuitBreaker(CreateCircuitBreaker(options.CircuitBreaker, service, logger));
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
    }

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetry(
        WorkflowResilienceOptions options, WorkflowService service, TimeProvider timeProvider, ILogger logger) => new()
    {
        Name = "Retry",
        MaxRetryAttempts = options.MaxRetryAttempts,
        ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, options, timeProvider)),
        DelayGenerator = args => new ValueTask<TimeSpan?>(NextDelay(args.Outcome, args.Context, args.AttemptNumber, options, timeProvider)),
        OnRetry = args =>
        {
            if (args.Context.GetRequestMessage() is { } request)
            {
                var route = RequestFacts.Route(request);
                var reason = RetryRules.RetryReason(args.Outcome, request.Method) ?? "custom";
                WorkflowHttpLog.RetryScheduled(logger, service, request.Method.Method, route, HttpAttempt.Get(request), args.RetryDelay.TotalMilliseconds, reason);
                SdkTelemetry.Retries.Add(
                    1,
                    SdkTelemetry.ServiceTag(service),
                    new KeyValuePair<string, object?>("route", route),
                    new KeyValuePair<string, object?>("reason", reason));
            }

            // The discarded answer holds a pooled connection until it is disposed.
            args.Outcome.Result?.Dispose();
            return default;
        },
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, WorkflowResilienceOptions options, TimeProvider timeProvider)
    {
        if (context.GetRequestMessage() is not { } request || RetryRules.RetryReason(outcome, request.Method) is null)
        {
            return false;
        }

        // A server that asks for a wait longer than the time left will not be ready before the deadline: its answer
        // (a 429 carrying Retry-After) is more useful to the caller than a timeout.
        if (outcome.Result is { } response && RetryAfterHeader.Read(response, timeProvider.GetUtcNow()) is { } retryAfter)
        {
            var wait = retryAfter > options.MaxRetryAfter ? options.MaxRetryAfter : retryAfter;
            return wait < Remaining(request, options, timeProvider);
        }

        return true;
    }

    private static TimeSpan? NextDelay(
        Outcome<HttpResponseMessage> outcome, ResilienceContext context, int retryIndex, WorkflowResilienceOptions options, TimeProvider timeProvider)
    {
        var remaining = context.GetRequestMessage() is { } request ? Remaining(request, options, timeProvider) : options.TotalTimeout;
        var retryAfter = outcome.Result is { } response ? RetryAfterHeader.Read(response, timeProvider.GetUtcNow()) : null;
        var delay = retryAfter ?? RetryDelay.Backoff(retryIndex, options.BaseDelay, options.MaxDelay, options.UseJitter ? RetryDelay.NextJitter() : null);
        return RetryDelay.Clamp(delay, retryAfter is null ? options.MaxDelay : options.MaxRetryAfter, remaining);
    }

    /// <summary>The time left before the total timeout, counted from the first attempt; never negative.</summary>
    private static TimeSpan Remaining(HttpRequestMessage request, WorkflowResilienceOptions options, TimeProvider timeProvider)
    {
        var elapsed = HttpAttempt.FirstStarted(request) is { } started ? timeProvider.GetElapsedTime(started) : TimeSpan.Zero;
        var left = options.TotalTimeout - elapsed;
        return left < TimeSpan.Zero ? TimeSpan.Zero : left;
    }

    private static CircuitBreakerStrategyOptions<HttpResponseMessage> CreateCircuitBreaker(
        WorkflowCircuitBreakerOptions options, WorkflowService service, ILogger logger)
    {
        var breakDuration = options.BreakDuration;
        return new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            Name = "CircuitBreaker",
            FailureRatio = options.FailureRatio,
            MinimumThroughput = options.MinimumThroughput,
            SamplingDuration = options.SamplingDuration,

            // The generator is used for every break; unlike BreakDuration it allows breaks under half a second,
            // which keeps tests and aggressive configurations possible.
            BreakDurationGenerator = _ => new ValueTask<TimeSpan>(breakDuration),
            ShouldHandle = args => new ValueTask<bool>(RetryRules.IsFailure(args.Outcome)),
            OnOpened = args =>
            {
                var request = args.Context.GetRequestMessage();
                WorkflowHttpLog.CircuitOpened(
                    logger, service, request?.Method.Method ?? "?", request is null ? "(unknown route)" : RequestFacts.Route(request), args.BreakDuration.TotalMilliseconds);
                return default;
            },
            OnClosed = _ =>
            {
                WorkflowHttpLog.CircuitClosed(logger, service);
                return default;
            },
        };
    }
}
#endif
