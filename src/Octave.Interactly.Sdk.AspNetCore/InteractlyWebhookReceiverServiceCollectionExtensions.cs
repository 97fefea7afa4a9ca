using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octave.Interactly.Sdk;
using Octave.Interactly.Sdk.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Interactly webhook receiver.</summary>
public static class InteractlyWebhookReceiverServiceCollectionExtensions
{
    /// <summary>Registers what <c>MapInteractlyWebhooks</c> needs; the options are validated at start-up.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; at least one secret is required.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddInteractlyWebhookReceiver(this IServiceCollection services, Action<InteractlyWebhookReceiverOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<InteractlyWebhookReceiverOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InteractlyWebhookReceiverOptions>, InteractlyWebhookReceiverOptionsValidator>());
        services.TryAddSingleton(provider => new InteractlyWebhookEndpoint(
            provider.GetRequiredService<IOptions<InteractlyWebhookReceiverOptions>>(),
            provider.GetRequiredService<ILogger<InteractlyWebhookEndpoint>>(),
            provider.GetService<TimeProvider>()));
        return services;
    }

    /// <summary>Registers a webhook handler (scoped to the request). Registering the same type twice has no effect.</summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddInteractlyWebhookHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services)
        where THandler : class, IInteractlyWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInteractlyWebhookHandler, THandler>());
        return services;
    }
}
