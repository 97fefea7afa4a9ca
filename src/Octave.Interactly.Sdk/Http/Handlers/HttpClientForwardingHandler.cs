using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Http.Handlers;

/// <summary>
/// The SDK's only handler when a caller brings their own <see cref="HttpClient"/> (no dependency injection): the
/// request goes out through that client, its handlers, proxy and timeout included, with the API's headers, and the
/// answer's body is read whole within the caller's cancellation (the caller's client times out the headers; without
/// the resilience pipeline nothing times out a body that stalls after them).
/// </summary>
internal sealed class HttpClientForwardingHandler : HttpMessageHandler
{
    private readonly HttpClient _client;
    private readonly ApiHeadersHandler _headers;
    private readonly ResponseBodyReader _reader;

    public HttpClientForwardingHandler(HttpClient client, ApiHeadersHandler headers, ResponseBodyReader reader)
    {
        _client = client;
        _headers = headers;
        _reader = reader;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A message passes through one HttpClient only, and the SDK's own client has sent this one: send a copy, with
        // the headers written on the copy alone. The answer names the original message, as Refit expects.
        var copy = Copy(request);
        _headers.Apply(copy, RequestFacts.Options(request));
        return _reader.ReadWholeAsync(_client.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken), request, cancellationToken);
    }

    /// <summary>
    /// Method, address, version, body and the SDK's per-call options. Refit's own request options are not copied: only
    /// the SDK reads options, and it reads them from the original message.
    /// </summary>
    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, Content = request.Content };
#if NET5_0_OR_GREATER
        copy.VersionPolicy = request.VersionPolicy;
        if (request.Headers.NonValidated.Count == 0)
        {
            return copy;
        }
#endif
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }
}
