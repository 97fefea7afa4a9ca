using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Http.Handlers;

/// <summary>
/// The end of the SDK's handler chain when a caller brings their own <see cref="HttpClient"/> (no dependency
/// injection): the request goes out through that client, its handlers, proxy and timeout included. The body is read
/// once, by the SDK's buffering handler, within the caller's cancellation (the caller's client times out the
/// headers; without the resilience pipeline nothing times out a body that stalls after them).
/// </summary>
internal sealed class HttpClientForwardingHandler : HttpMessageHandler
{
    private readonly HttpClient _client;

    public HttpClientForwardingHandler(HttpClient client) => _client = client;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A message passes through one HttpClient only, and the SDK's own client has sent this one: send a copy.
        using var copy = Copy(request);
        var response = await _client.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.RequestMessage = request;
        return response;
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, Content = request.Content };
#if NET5_0_OR_GREATER
        copy.VersionPolicy = request.VersionPolicy;
        var options = (IDictionary<string, object?>)copy.Options;
        foreach (var option in request.Options)
        {
            options[option.Key] = option.Value;
        }
#else
        foreach (var property in request.Properties)
        {
            copy.Properties[property.Key] = property.Value;
        }
#endif
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }
}
