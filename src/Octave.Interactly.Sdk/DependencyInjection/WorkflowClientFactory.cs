using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk.Http.Logging;
using Octave.Interactly.Sdk.Http.Refit;

namespace Octave.Interactly.Sdk.DependencyInjection;

/// <summary>
/// Builds each registration's clients over its own named HTTP clients and options, once per name: the clients are
/// thread-safe singletons, as the facades expect (one <see cref="OctaveClient"/> per process).
/// </summary>
internal sealed class WorkflowClientFactory : IWorkflowClientFactory
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<WorkflowClientsOptions> _options;
    private readonly OctaveRunCompletionRegistry _completions;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Dictionary<string, WorkflowClientsRegistration> _registrations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Name, Type Client), Lazy<object>> _clients = new();

    public WorkflowClientFactory(
        IHttpClientFactory httpClientFactory,
        IOptionsMonitor<WorkflowClientsOptions> options,
        IEnumerable<WorkflowClientsRegistration> registrations,
        OctaveRunCompletionRegistry completions,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        _logger = loggerFactory.CreateLogger(WorkflowHttpLog.Category);
        _httpClientFactory = httpClientFactory;
        _options = options;
        _completions = completions;
        _timeProvider = timeProvider;
        foreach (var registration in registrations)
        {
            _registrations[registration.Name] = registration;
        }
    }

    public IOctaveApi GetOctaveApi(string name) => GetOrCreate<IOctaveApi>(name, (registration, options) =>
    {
        RequireOctave(registration, options);
        return ApiConnection.ForOctave(options.Octave).CreateApi<IOctaveApi>(_httpClientFactory.CreateClient(registration.OctaveHttpClientName), _logger);
    });

    public IInteractlyApi GetInteractlyApi(string name) => GetOrCreate<IInteractlyApi>(name, (registration, options) =>
    {
        RequireInteractly(registration, options);
        return ApiConnection.ForInteractly(options.Interactly).CreateApi<IInteractlyApi>(_httpClientFactory.CreateClient(registration.InteractlyHttpClientName), _logger);
    });

    public OctaveClient GetOctaveClient(string name) => GetOrCreate(name, (registration, options) =>
    {
        RequireOctave(registration, options);
        return new OctaveClient(GetOctaveApi(name), options.OctaveClient, _completions, _timeProvider);
    });

    public InteractlyClient GetInteractlyClient(string name) => GetOrCreate(name, (registration, options) =>
    {
        RequireInteractly(registration, options);
        var api = GetInteractlyApi(name);
        return new InteractlyClient(api, new InteractlySessionOptions { TimeProvider = _timeProvider }, new InteractlyRunStreamClient(options.Interactly, api));
    });

    private T GetOrCreate<T>(string name, Func<WorkflowClientsRegistration, WorkflowClientsOptions, T> create)
        where T : class
    {
        var (registration, options) = Resolve(name);
        var lazy = _clients.GetOrAdd((name, typeof(T)), _ => new Lazy<object>(() => create(registration, options)));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            // A failed creation (a missing key) must not be cached: the next call reports it again.
            _clients.TryRemove((name, typeof(T)), out _);
            throw;
        }
    }

    private (WorkflowClientsRegistration Registration, WorkflowClientsOptions Options) Resolve(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (!_registrations.TryGetValue(name, out var registration))
        {
            var shown = name.Length == 0 ? "default (unnamed)" : "'" + name + "'";
            throw new InvalidOperationException(
                $"No workflow clients registration {shown} exists: call services.AddWorkflowClients({(name.Length == 0 ? string.Empty : "\"" + name + "\", ")}...) first.");
        }

        // Get validates, so a misconfigured registration fails here with the setting's name even without ValidateOnStart.
        return (registration, _options.Get(name));
    }

    private static void RequireOctave(WorkflowClientsRegistration registration, WorkflowClientsOptions options)
    {
        if (!options.OctaveConfigured)
        {
            throw NotConfigured(registration, WorkflowService.Octave, registration.Setting("Octave:ApiKey", WorkflowClientsEnvironment.OctaveApiKey));
        }
    }

    private static void RequireInteractly(WorkflowClientsRegistration registration, WorkflowClientsOptions options)
    {
        if (!options.InteractlyConfigured)
        {
            throw NotConfigured(registration, WorkflowService.Interactly, registration.Setting("Interactly:ApiKey", WorkflowClientsEnvironment.InteractlyApiKey));
        }
    }

    private static InvalidOperationException NotConfigured(WorkflowClientsRegistration registration, WorkflowService service, string setting) =>
        new($"The {service} API is not configured for the {(registration.Name.Length == 0 ? "default" : "'" + registration.Name + "'")} workflow clients registration: set {setting}.");
}
