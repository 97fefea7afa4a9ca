#if NET8_0_OR_GREATER
using System;
using Polly;

namespace Octave.Interactly.Sdk;

/// <summary>
/// What a pipeline customisation (<c>WorkflowClientsBuilder.ConfigureResilience</c>) is building for: one API of one
/// named registration. Each pair gets its own pipeline, and so its own circuit breaker.
/// </summary>
public sealed class WorkflowResiliencePipelineContext
{
    internal WorkflowResiliencePipelineContext(string name, WorkflowService service, WorkflowResilienceOptions options, TimeProvider timeProvider)
    {
        Name = name;
        Service = service;
        Options = options;
        TimeProvider = timeProvider;
    }

    /// <summary>The registration's name; empty for the default registration.</summary>
    public string Name { get; }

    /// <summary>The API the pipeline serves.</summary>
    public WorkflowService Service { get; }

    /// <summary>The resilience settings of the registration, already validated.</summary>
    public WorkflowResilienceOptions Options { get; }

    /// <summary>The clock the pipeline runs on.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Whether an attempt's outcome may be retried under the SDK's rules (never re-sending a POST after an ambiguous
    /// failure). Use it as <c>ShouldHandle</c> of a retry strategy in a replaced pipeline.
    /// </summary>
    /// <param name="outcome">The attempt's outcome.</param>
    /// <param name="context">The resilience context the SDK passed to the pipeline.</param>
    /// <returns>True when re-sending is safe and useful.</returns>
    public static bool IsRetryable(Outcome<System.Net.Http.HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return context.GetRequestMessage() is { } request
            && Http.Resilience.RetryRules.RetryReason(outcome, request.Method) is not null;
    }
}
#endif
