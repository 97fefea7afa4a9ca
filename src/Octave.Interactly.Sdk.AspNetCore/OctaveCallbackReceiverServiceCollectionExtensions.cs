using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Octave callback receiver.</summary>
public static class OctaveCallbackReceiverServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <c>MapOctaveCallbacks</c> needs: the options (validated at start-up), an
    /// <see cref="InMemoryCallbackDeduplicator"/> unless an <see cref="ICallbackDeduplicator"/> is already registered,
    /// the <see cref="OctaveRunCompletionRegistry"/> singleton, and the background dispatcher that runs the registry and
    /// every <see cref="IOctaveCallbackHandler"/> off the request path.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see cref="OctaveCallbackReceiverOptions.Token"/> is required.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddOctaveCallbackReceiver(this IServiceCollection services, Action<OctaveCallbackReceiverOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);

        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<OctaveCallbackReceiverOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OctaveCallbackReceiverOptions>, OctaveCallbackReceiverOptionsValidator>());

        services.TryAddSingleton<ICallbackDeduplicator>(provider => new InMemoryCallbackDeduplicator(
            provider.GetRequiredService<IOptions<OctaveCallbackReceiverOptions>>().Value.DeduplicationTtl,
            provider.GetService<TimeProvider>()));
        services.TryAddSingleton(provider => new OctaveRunCompletionRegistry(provider.GetService<TimeProvider>()));
        services.TryAddSingleton<OctaveCallbackQueue>();
        services.TryAddSingleton<OctaveCallbackEndpoint>();
        services.AddHostedService<OctaveCallbackDispatcher>();
        return services;
    }

    /// <summary>
    /// Registers a callback handler (scoped: one instance per callback, so it may depend on scoped services such as a
    /// database context). Registering the same type twice has no effect.
    /// </summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddOctaveCallbackHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where THandler : class, IOctaveCallbackHandler
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddEnumerable(ServiceDescriptor.Scoped<IOctaveCallbackHandler, THandler>());
        return services;
    }
}
