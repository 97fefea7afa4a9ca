using System;
using System.Collections.Concurrent;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk.Http.Logging;
using Polly;

namespace Octave.Interactly.Sdk.Http.Resilience;

/// <summary>
/// One pipeline per registration and API, built on first use and kept for the life of the container. Message
/// handlers are recycled by the HTTP client factory; keeping the pipeline here keeps the circuit breaker's state
/// across those recycles, and apart for every tenant and API.
/// </summary>
internal sealed class WorkflowResiliencePipelines
{
    private readonly ConcurrentDictionary<(string Name, WorkflowService Service), Lazy<ResiliencePipeline<HttpResponseMessage>>> _pipelines = new();
    private readonly IOptionsMonitor<WorkflowClientsOptions> _options;
    private readonly IOptionsMonitor<ResilienceCustomization> _customizations;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public WorkflowResiliencePipelines(
        IOptionsMonitor<WorkflowClientsOptions> options,
        IOptionsMonitor<ResilienceCustomization> customizations,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        _options = options;
        _customizations = customizations;
        _timeProvider = timeProvider;
        _logger = loggerFactory.CreateLogger(WorkflowHttpLog.Category);
    }

    public TimeProvider TimeProvider => _timeProvider;

    public ILogger Logger => _logger;

    public WorkflowResilienceOptions OptionsFor(string name) => _options.Get(name).Resilience;

    public ResiliencePipeline<HttpResponseMessage> Get(string name, WorkflowService service) =>
        _pipelines.GetOrAdd((name, service), key => new Lazy<ResiliencePipeline<HttpResponseMessage>>(() => Build(key.Name, key.Service))).Value;

    public ResilienceHandler CreateHandler(string name, WorkflowService service) =>
        new(Get(name, service), service, OptionsFor(name).TotalTimeout, _timeProvider, _logger);

    private ResiliencePipeline<HttpResponseMessage> Build(string name, WorkflowService service)
    {
        var context = new WorkflowResiliencePipelineContext(name, service, OptionsFor(name), _timeProvider);
        return WorkflowResiliencePipelineFactory.Create(context, _customizations.Get(name), _logger);
    }
}
