using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
#if NET8_0_OR_GREATER
using Octave.Interactly.Sdk.Http.Resilience;
using Polly;
#endif

namespace Octave.Interactly.Sdk;

/// <summary>
/// Returned by <c>AddWorkflowClients</c> to refine one registration: add your own message handlers to either API's
/// HTTP client, change settings in code, or extend or replace the resilience pipeline.
/// </summary>
public sealed class WorkflowClientsBuilder
{
    internal WorkflowClientsBuilder(IServiceCollection services, string name, IHttpClientBuilder octave, IHttpClientBuilder interactly)
    {
        Services = services;
        Name = name;
        Octave = octave;
        Interactly = interactly;
    }

    /// <summary>The service collection the clients are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The registration's name; empty for the default registration.</summary>
    public string Name { get; }

    /// <summary>
    /// The Octave API's HTTP client. Handlers added here (<c>AddHttpMessageHandler</c>) run inside the resilience
    /// handler, once per attempt.
    /// </summary>
    public IHttpClientBuilder Octave { get; }

    /// <summary>The Interactly API's HTTP client; handlers added here run once per attempt.</summary>
    public IHttpClientBuilder Interactly { get; }

    /// <summary>Changes settings in code, after configuration binding and before validation.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This builder.</returns>
    public WorkflowClientsBuilder Configure(Action<WorkflowClientsOptions> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        Services.Configure(Name, configure);
        return this;
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Extends the resilience pipeline of both APIs: <paramref name="configure"/> runs after the SDK's strategies
    /// (total timeout, retry, circuit breaker, attempt timeout) were added, so what it adds runs inside them, once
    /// per attempt. It runs once per API, with the API in <see cref="WorkflowResiliencePipelineContext.Service"/>.
    /// </summary>
    /// <param name="configure">Adds strategies.</param>
    /// <returns>This builder.</returns>
    public WorkflowClientsBuilder ConfigureResilience(Action<ResiliencePipelineBuilder<HttpResponseMessage>, WorkflowResiliencePipelineContext> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        Services.Configure<ResilienceCustomization>(Name, customization => customization.Configure.Add(configure));
        return this;
    }

    /// <summary>
    /// Replaces the SDK's resilience strategies: the pipeline is built by <paramref name="configure"/> alone (and by
    /// <see cref="ConfigureResilience"/> calls made after this one; earlier ones are dropped). The SDK still maps Polly's timeout and broken-circuit exceptions to
    /// <see cref="WorkflowTimeoutException"/> and <see cref="WorkflowCircuitOpenException"/>; use
    /// <see cref="WorkflowResiliencePipelineContext.IsRetryable"/> to keep its rule never to re-send a started job.
    /// </summary>
    /// <param name="configure">Builds the pipeline.</param>
    /// <returns>This builder.</returns>
    public WorkflowClientsBuilder ReplaceResilience(Action<ResiliencePipelineBuilder<HttpResponseMessage>, WorkflowResiliencePipelineContext> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        Services.Configure<ResilienceCustomization>(Name, customization =>
        {
            customization.ReplaceDefaults = true;
            customization.Configure.Clear();
            customization.Configure.Add(configure);
        });
        return this;
    }
#endif
}
