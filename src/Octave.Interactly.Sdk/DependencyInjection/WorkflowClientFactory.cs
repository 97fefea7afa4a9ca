using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.DependencyInjection;

/// <summary>Builds each registration's clients over its own named HTTP clients and options.</summary>
internal sealed class WorkflowClientFactory : IWorkflowClientFactory
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<WorkflowClientsOptions> _options;
    private readonly Dictionary<string, WorkflowClientsRegistration> _registrations = new(StringComparer.Ordinal);

    public WorkflowClientFactory(
        IHttpClientFactory httpClientFactory, IOptionsMonitor<WorkflowClientsOptions> options, IEnumerable<WorkflowClientsRegistration> registrations)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
        foreach (var registration in registrations)
        {
            _registrations[registration.Name] = registration;
        }
    }

    public IOctaveApi GetOctaveApi(string name)
    {
        var (registration, options) = Resolve(name);
        if (!options.OctaveConfigured)
        {
            throw NotConfigured(registration, WorkflowService.Octave, registration.Setting("Octave:ApiKey", WorkflowClientsEnvironment.OctaveApiKey));
        }

        return new OctaveApi(_httpClientFactory.CreateClient(registration.OctaveHttpClientName), options.Octave);
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

    private static InvalidOperationException NotConfigured(WorkflowClientsRegistration registration, WorkflowService service, string setting) =>
        new($"The {service} API is not configured for the {(registration.Name.Length == 0 ? "default" : "'" + registration.Name + "'")} workflow clients registration: set {setting}.");
}
