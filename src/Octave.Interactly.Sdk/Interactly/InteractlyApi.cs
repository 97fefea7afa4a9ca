using System.Net.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Octave.Interactly.Sdk.Http.Refit;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Creates <see cref="IInteractlyApi"/> without dependency injection: Refit's generated implementation, sending
/// through an <see cref="HttpClient"/> you own. With a container, <c>AddWorkflowClients</c> registers it with
/// resilience and telemetry instead.
/// </summary>
public static class InteractlyApi
{
    /// <summary>Creates the endpoint layer over your <see cref="HttpClient"/>.</summary>
    /// <param name="httpClient">
    /// The client to send through; its handlers, proxy and <see cref="HttpClient.Timeout"/> apply, and its lifetime stays
    /// yours. Its <c>BaseAddress</c> is not used: <see cref="InteractlyOptions.BaseUrl"/> is.
    /// </param>
    /// <param name="options">Connection settings; read once here, so later changes to the object have no effect.</param>
    /// <returns>The endpoint layer; thread-safe.</returns>
    /// <exception cref="System.ArgumentException"><c>Interactly.ApiKey</c> is missing, or <c>Interactly.BaseUrl</c> is not HTTPS (or loopback HTTP).</exception>
    public static IInteractlyApi Create(HttpClient httpClient, InteractlyOptions options)
    {
        var connection = ApiConnection.ForInteractly(options);
        return connection.CreateApi<IInteractlyApi>(connection.CreateClientOver(httpClient), NullLogger.Instance);
    }
}
