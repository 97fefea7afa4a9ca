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
/// Builds the pipeline of one API of one registration, in the documented order: total timeout → retry →
/// circuit breaker → per-attempt timeout, then whatever the user added.
/// </summary>
internal static class WorkflowResiliencePipelineFactory
{
    public static ResiliencePipeline<HttpResponseMessage> Create(
        WorkflowResiliencePipelineContext context, ResilienceCustomization customization, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = string.IsNullOrEmpty(context.Name) ? SdkInfo.Name : SdkInfo.Name + "." + context.Name,
            InstanceName = context.Service.ToString(),
            TimeProvider = context.TimeProvider,
        };

        if (!customization.ReplaceDefaults)
        {
            AddDefaults(builder, context.Options, context.Service, context.TimeProvider, logger);
        }

        foreach (var configure in customization.Configure)
        {
            configure(builder, context);
        }

        return builder.Build();
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
            builder.AddRetry(CreateRetry(options, timeProvider, logger));
        }

        if (options.CircuitBreaker.Enabled)
        {
            builder.AddCircuitBreaker(CreateCircuitBreaker(options.CircuitBreaker, service, logger));
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
    }

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetry(WorkflowResilienceOptions options, TimeProvider timeProvider, ILogger logger) => new()
    {
        Name = "Retry",
        MaxRetryAttempts = options.MaxRetryAttempts,
        ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, options, timeProvider)),
        DelayGenerator = args => new ValueTask<TimeSpan?>(NextDelay(args.Outcome, args.Context, args.AttemptNumber, options, timeProvider)),
        OnRetry = args =>
        {
            var request = args.Context.Properties.GetValue(ResilientRequest.Key, null!);
            var reason = request is null ? "unknown" : RetryRules.RetryReason(args.Outcome, request.Method) ?? "custom";
            if (request is not null)
            {
                WorkflowHttpLog.RetryScheduled(logger, request.Service, request.Method.Method, request.Route, request.Attempts, args.RetryDelay.TotalMilliseconds, reason);
                SdkTelemetry.Retries.Add(
                    1,
                    SdkTelemetry.ServiceTag(request.Service),
                    new KeyValuePair<string, object?>("route", request.Route),
                    new KeyValuePair<string, object?>("reason", reason));
            }

            // The discarded answer holds a pooled connection until it is disposed.
            args.Outcome.Result?.Dispose();
            return default;
        },
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, WorkflowResilienceOptions options, TimeProvider timeProvider)
    {
        if (!context.Properties.TryGetValue(ResilientRequest.Key, out var request) || RetryRules.RetryReason(outcome, request.Method) is null)
        {
            return false;
        }

        // A server that asks for a wait longer than the time left will not be ready before the deadline: its answer
        // (a 429 carrying Retry-After) is more useful to the caller than a timeout.
        if (outcome.Result is { } response && RetryAfterHeader.Read(response, timeProvider.GetUtcNow()) is { } retryAfter)
        {
            var wait = retryAfter > options.MaxRetryAfter ? options.MaxRetryAfter : retryAfter;
            return wait < request.Remaining(timeProvider);
        }

        return true;
    }

    private static TimeSpan? NextDelay(
        Outcome<HttpResponseMessage> outcome, ResilienceContext context, int retryIndex, WorkflowResilienceOptions options, TimeProvider timeProvider)
    {
        var remaining = context.Properties.TryGetValue(ResilientRequest.Key, out var request) ? request.Remaining(timeProvider) : options.TotalTimeout;
        var retryAfter = outcome.Result is { } response ? RetryAfterHeader.Read(response, timeProvider.GetUtcNow()) : null;
        var delay = retryAfter ?? RetryDelay.Backoff(retryIndex, options.BaseDelay, options.MaxDelay, options.UseJitter ? RetryDelay.NextJitter() : null);
        return RetryDelay.Clamp(delay, retryAfter is null ? options.MaxDelay : options.MaxRetryAfter, remaining);
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
                var request = args.Context.Properties.GetValue(ResilientRequest.Key, null!);
                WorkflowHttpLog.CircuitOpened(logger, service, request?.Method.Method ?? "?", request?.Route ?? "(unknown route)", args.BreakDuration.TotalMilliseconds);
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
