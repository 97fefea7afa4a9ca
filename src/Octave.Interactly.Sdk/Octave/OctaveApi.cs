using System.Net.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Octave.Interactly.Sdk.Http.Refit;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Creates <see cref="IOctaveApi"/> without dependency injection: Refit's generated implementation, sending through
/// an <see cref="HttpClient"/> you own. With a container, <c>AddWorkflowClients</c> registers it with resilience and
/// telemetry instead.
/// </summary>
public static class OctaveApi
{
    /// <summary>Creates the endpoint layer over your <see cref="HttpClient"/>.</summary>
    /// <param name="httpClient">
    /// The client to send through; its handlers, proxy and <see cref="HttpClient.Timeout"/> apply, and its lifetime stays
    /// yours. Its <c>BaseAddress</c> is not used: <see cref="OctaveOptions.BaseUrl"/> is. Turn its automatic redirects off
    /// (<c>AllowAutoRedirect = false</c>): .NET re-sends custom headers such as <c>api_key</c> to a redirect's target.
    /// </param>
    /// <param name="options">The API key, base URL and request source; read once here.</param>
    /// <returns>The endpoint layer; thread-safe.</returns>
    /// <exception cref="System.ArgumentException"><c>Octave.ApiKey</c> is missing or <c>Octave.BaseUrl</c> is not HTTPS (or loopback HTTP).</exception>
    public static IOctaveApi Create(HttpClient httpClient, OctaveOptions options)
    {
        var connection = ApiConnection.ForOctave(options);
        return connection.CreateApi<IOctaveApi>(connection.CreateClientOver(httpClient), NullLogger.Instance);
    }
}
