using System;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk.DependencyInjection;
using Octave.Interactly.Sdk.Http.Logging;
using Octave.Interactly.Sdk.Http.Refit;
using Octave.Interactly.Sdk.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk;

/// <summary>
/// <c>services.AddWorkflowClients(...)</c>: registers <see cref="IOctaveApi"/>, <see cref="IInteractlyApi"/>,
/// <see cref="OctaveClient"/>, <see cref="InteractlyClient"/> (singletons), <see cref="IWorkflowClientFactory"/>,
/// their HTTP clients (resilience and logging handlers, infinite <see cref="System.Net.Http.HttpClient.Timeout"/>),
/// options validated at start-up, and the completion registry.
/// </summary>
public static class WorkflowClientsServiceCollectionExtensions
{
    /// <summary>The name of the resilience pipeline on each API's HTTP client (one per client: one breaker per API and tenant).</summary>
    internal const string ResiliencePipelineName = "Octave.Interactly.Sdk";

#if NET8_0_OR_GREATER
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);
#endif

    /// <summary>
    /// Registers the default clients from configuration. Pass the <c>WorkflowClients</c> section, or the root
    /// configuration (its <c>WorkflowClients</c> section is used). Settings left empty fall back to the environment
    /// variables <c>OCTAVE_API_KEY</c>, <c>OCTAVE_BASE_URL</c>, <c>INTERACTLY_API_KEY</c>, <c>INTERACTLY_BASE_URL</c>,
    /// <c>INTERACTLY_TEAM_ID</c> and <c>INTERACTLY_USER_ID</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The <c>WorkflowClients</c> section or the root configuration.</param>
    /// <returns>A builder to add handlers or change the resilience pipeline.</returns>
    public static WorkflowClientsBuilder AddWorkflowClients(this IServiceCollection services, IConfiguration configuration) =>
        AddWorkflowClients(services, Options.DefaultName, Section(configuration, Options.DefaultName), null, WorkflowClientsEnvironment.Process);

    /// <summary>Registers the default clients, configured in code; empty settings fall back to the environment variables.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to add handlers or change the resilience pipeline.</returns>
    public static WorkflowClientsBuilder AddWorkflowClients(this IServiceCollection services, Action<WorkflowClientsOptions> configure) =>
        AddWorkflowClients(services, Options.DefaultName, null, configure ?? throw new ArgumentNullException(nameof(configure)), WorkflowClientsEnvironment.Process);

    /// <summary>
    /// Registers a named set of clients (one tenant) from configuration; get them from <see cref="IWorkflowClientFactory"/>.
    /// Pass the tenant's section, or the root configuration (then <c>WorkflowClients:{name}</c> is used). Named
    /// registrations do not read environment variables.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The tenant's name.</param>
    /// <param name="configuration">The tenant's section or the root configuration.</param>
    /// <returns>A builder to add handlers or change the resilience pipeline.</returns>
    public static WorkflowClientsBuilder AddWorkflowClients(this IServiceCollection services, string name, IConfiguration configuration) =>
        AddWorkflowClients(services, RequireName(name), Section(configuration, name), null, null);

    /// <summary>Registers a named set of clients (one tenant) configured in code; get them from <see cref="IWorkflowClientFactory"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The tenant's name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to add handlers or change the resilience pipeline.</returns>
    public static WorkflowClientsBuilder AddWorkflowClients(this IServiceCollection services, string name, Action<WorkflowClientsOptions> configure) =>
        AddWorkflowClients(services, RequireName(name), null, configure ?? throw new ArgumentNullException(nameof(configure)), null);

    /// <summary>The one implementation; <paramref name="environment"/> is a seam so tests need not touch process variables.</summary>
    internal static WorkflowClientsBuilder AddWorkflowClients(
        IServiceCollection services,
        string name,
        IConfigurationSection? section,
        Action<WorkflowClientsOptions>? configure,
        Func<string, string?>? environment)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        foreach (var descriptor in services)
        {
            // A second registration under one name would stack a second pair of handlers on the same HTTP clients.
            if (descriptor.ServiceType == typeof(WorkflowClientsRegistration)
                && descriptor.ImplementationInstance is WorkflowClientsRegistration existing
                && string.Equals(existing.Name, name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Workflow clients {(name.Length == 0 ? "(default)" : "'" + name + "'")} are already registered; change them through the WorkflowClientsBuilder the first call returned.");
            }
        }

        var settingPath = section?.Path ?? (name.Length == 0 ? WorkflowClientsOptions.SectionName : WorkflowClientsOptions.SectionName + ":" + name);
        var registration = new WorkflowClientsRegistration(name, settingPath, readsEnvironment: environment is not null);
        services.AddSingleton(registration);

        var options = services.AddOptions<WorkflowClientsOptions>(name);
        if (environment is not null)
        {
            options.Configure(o => WorkflowClientsEnvironment.ApplyBaseUrls(o, environment));
        }

        if (section is not null)
        {
            options.Configure(o => section.Bind(o));
            services.AddSingleton<IOptionsChangeTokenSource<WorkflowClientsOptions>>(new ConfigurationChangeTokenSource<WorkflowClientsOptions>(name, section));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (environment is not null)
        {
            options.PostConfigure(o => WorkflowClientsEnvironment.FillEmptySettings(o, environment));
        }

        services.AddSingleton<IValidateOptions<WorkflowClientsOptions>>(new WorkflowClientsOptionsValidator(registration));
        options.ValidateOnStart();

        AddSharedServices(services);
        var octave = AddHttpClient(services, registration, WorkflowService.Octave);
        var interactly = AddHttpClient(services, registration, WorkflowService.Interactly);

        if (name.Length == 0)
        {
            // Resolved through the factory so that a missing key is reported with its setting's name.
            services.TryAddSingleton(provider => provider.GetRequiredService<IWorkflowClientFactory>().GetOctaveApi(Options.DefaultName));
            services.TryAddSingleton(provider => provider.GetRequiredService<IWorkflowClientFactory>().GetInteractlyApi(Options.DefaultName));
            services.TryAddSingleton(provider => provider.GetRequiredService<IWorkflowClientFactory>().GetOctaveClient(Options.DefaultName));
            services.TryAddSingleton(provider => provider.GetRequiredService<IWorkflowClientFactory>().GetInteractlyClient(Options.DefaultName));
        }

        return new WorkflowClientsBuilder(services, name, octave, interactly);
    }

    private static void AddSharedServices(IServiceCollection services)
    {
        // No ILoggerFactory fallback here: AddHttpClient registers logging itself, and a null factory registered
        // first would silently win over the application's later AddLogging call.
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new OctaveRunCompletionRegistry(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IWorkflowClientFactory, WorkflowClientFactory>();
    }

    /// <summary>
    /// The named HTTP client of one API of one registration. Handlers, outermost first: the API's headers, the
    /// resilience pipeline (Microsoft.Extensions.Http.Resilience), then once per attempt the telemetry handler and
    /// the body buffering, so that the attempt timeout and the retry rules cover reading the body. Automatic
    /// redirects are off: .NET would re-send the key (a custom header) and a job-starting POST to another origin.
    /// </summary>
    private static IHttpClientBuilder AddHttpClient(IServiceCollection services, WorkflowClientsRegistration registration, WorkflowService service)
    {
        var name = registration.Name;
        var builder = services.AddHttpClient(registration.HttpClientName(service), (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<WorkflowClientsOptions>>().Get(name);
            client.BaseAddress = ServiceOptions(options, service).BaseUrl;
#if NET8_0_OR_GREATER
            client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns the timeouts
#else
            client.Timeout = options.Resilience.TotalTimeout; // no resilience pipeline on .NET Framework
#endif
        });
#if NET8_0_OR_GREATER
        // The clients are singletons that keep their HttpClient, so the factory's handler rotation never happens for
        // them; recycling pooled connections instead keeps DNS changes visible.
        builder.ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime, AllowAutoRedirect = false });
#else
        builder.ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.HttpClientHandler { AllowAutoRedirect = false });
#endif
        builder.AddHttpMessageHandler(provider => Connection(provider, name, service).CreateHeadersHandler());
#if NET8_0_OR_GREATER
        builder.AddResilienceHandler(ResiliencePipelineName, (pipeline, context) =>
        {
            var provider = context.ServiceProvider;
            var timeProvider = provider.GetRequiredService<TimeProvider>();
            var settings = new WorkflowResiliencePipelineContext(
                name, service, provider.GetRequiredService<IOptionsMonitor<WorkflowClientsOptions>>().Get(name).Resilience, timeProvider);
            WorkflowResiliencePipelineFactory.Configure(
                pipeline, settings, provider.GetRequiredService<IOptionsMonitor<ResilienceCustomization>>().Get(name), HttpLogger(provider));
        });
#endif
        return builder
            .AddHttpMessageHandler(provider => new TelemetryHandler(HttpLogger(provider), provider.GetRequiredService<TimeProvider>(), service))
            .AddHttpMessageHandler(provider => Connection(provider, name, service).CreateBufferingHandler())

            // The telemetry handler logs every attempt (service, route, attempt, status, duration). The factory's own
            // request logging would repeat each line, and format the request's address on every call even with no
            // logger listening, so it is left out. A user who adds it back (AddDefaultLogger) still never sees the key,
            // which travels in a header (api_key, Authorization).
            .RemoveAllLoggers()
            .RedactLoggedHeaders(_ => true);
    }

    private static ApiConnection Connection(IServiceProvider provider, string name, WorkflowService service)
    {
        var options = provider.GetRequiredService<IOptionsMonitor<WorkflowClientsOptions>>().Get(name);
        return service == WorkflowService.Octave ? ApiConnection.ForOctave(options.Octave) : ApiConnection.ForInteractly(options.Interactly);
    }

    private static WorkflowServiceOptions ServiceOptions(WorkflowClientsOptions options, WorkflowService service) =>
        service == WorkflowService.Octave ? options.Octave : options.Interactly;

    private static ILogger HttpLogger(IServiceProvider provider) =>
        provider.GetRequiredService<ILoggerFactory>().CreateLogger(WorkflowHttpLog.Category);

    private static IConfigurationSection Section(IConfiguration configuration, string name)
    {
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        if (configuration is IConfigurationSection section)
        {
            return section;
        }

        var root = configuration.GetSection(WorkflowClientsOptions.SectionName);
        return name.Length == 0 ? root : root.GetSection(name);
    }

    private static string RequireName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("name must not be empty: use the overloads without a name for the default registration.", nameof(name));
        }

        return name;
    }
}
