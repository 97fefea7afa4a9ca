using System;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Interactly outbound-webhook endpoint.</summary>
public static class InteractlyWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The default route.</summary>
    public const string DefaultPattern = "/webhooks/interactly";

    /// <summary>
    /// Maps <c>POST {pattern}</c> to the Interactly webhook receiver: a body over the size limit gets 413; a bad or missing
    /// <c>X-Interactly-Signature</c>, or a timestamp outside the tolerance, 401; a body that is not JSON 400. A verified
    /// delivery is handed to every <see cref="Octave.Interactly.Sdk.IInteractlyWebhookHandler"/> and answered 200, or 500
    /// when a handler throws. The endpoint allows anonymous access: the signature is its credential.
    /// </summary>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route.</param>
    /// <returns>The endpoint's convention builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddInteractlyWebhookReceiver</c> was not called.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid; the message names each wrong field. (Also reported at start-up when nothing is mapped.)</exception>
    public static IEndpointConventionBuilder MapInteractlyWebhooks(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw new ArgumentException("pattern is required.", nameof(pattern));
        }

        var endpoint = endpoints.ServiceProvider.GetService<InteractlyWebhookEndpoint>()
            ?? throw new InvalidOperationException("Call services.AddInteractlyWebhookReceiver(...) before MapInteractlyWebhooks.");

        return endpoints.MapPost(pattern, (RequestDelegate)endpoint.HandleAsync)
            .WithDisplayName("Interactly webhooks")
            .WithMetadata(new AllowAnonymousAttribute());
    }
}
