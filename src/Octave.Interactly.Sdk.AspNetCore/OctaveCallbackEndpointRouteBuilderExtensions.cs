using System;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Octave.Interactly.Sdk.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Octave callback endpoint.</summary>
public static class OctaveCallbackEndpointRouteBuilderExtensions
{
    /// <summary>The default route: the token is the last segment.</summary>
    public const string DefaultPattern = "/callbacks/octave/{token}";

    /// <summary>
    /// Maps <c>POST {pattern}</c> to the Octave callback receiver. A request whose <c>{token}</c> differs from
    /// the configured token gets 404 (as if nothing were mapped); a body over the size limit 413; a body that is not a
    /// callback 400 with a short problem document. Every callback, first or repeated, is answered 200 as soon as it is
    /// queued; the first delivery of each run and status is then handed to the completion registry and the handlers.
    /// The endpoint allows anonymous access: the token is its credential (Octave cannot send any other).
    /// </summary>
    /// <remarks>
    /// The token is part of the URL, so anything that logs request paths sees it: ASP.NET Core's own
    /// <c>Microsoft.AspNetCore.Hosting.Diagnostics</c> category does at Information level, as do reverse proxies'
    /// access logs. This package never logs it; raise that category to Warning in production, or treat such logs as secret.
    /// </remarks>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route; must contain a <c>{token}</c> parameter.</param>
    /// <returns>The endpoint's convention builder, to add metadata or filters.</returns>
    /// <exception cref="ArgumentException">The pattern has no <c>{token}</c> parameter.</exception>
    /// <exception cref="InvalidOperationException"><c>AddOctaveCallbackReceiver</c> was not called.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid; the message names each wrong field. (Also reported at start-up when nothing is mapped.)</exception>
    public static IEndpointConventionBuilder MapOctaveCallbacks(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw new ArgumentException("pattern is required.", nameof(pattern));
        }

        if (RoutePatternFactory.Parse(pattern).GetParameter(OctaveCallbackEndpoint.TokenRouteParameter) is null)
        {
            throw new ArgumentException($"pattern must contain a {{{OctaveCallbackEndpoint.TokenRouteParameter}}} parameter, e.g. \"{DefaultPattern}\".", nameof(pattern));
        }

        var endpoint = endpoints.ServiceProvider.GetService<OctaveCallbackEndpoint>()
            ?? throw new InvalidOperationException("Call services.AddOctaveCallbackReceiver(...) before MapOctaveCallbacks.");

        return endpoints.MapPost(pattern, (RequestDelegate)endpoint.HandleAsync)
            .WithDisplayName("Octave callbacks")
            .WithMetadata(new AllowAnonymousAttribute());
    }
}
