using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Http.Handlers;

/// <summary>
/// Puts an API's fixed headers (its key, version and source headers) on every request, plus the caller's
/// <c>x-external-request-id</c>. It runs outside the resilience pipeline: a retry re-sends the same message, headers
/// included. The header values are built once, when the client is created. A POST without a body gets <c>{}</c>.
/// </summary>
internal sealed class ApiHeadersHandler : DelegatingHandler
{
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly KeyValuePair<string, string>[] _headers;

    private ApiHeadersHandler(AuthenticationHeaderValue? authorization, KeyValuePair<string, string>[] headers)
    {
        _authorization = authorization;
        _headers = headers;
    }

    /// <summary>Octave: <c>api_key</c> and <c>x-request-source</c>.</summary>
    public static ApiHeadersHandler ForOctave(string apiKey, string requestSource) => new(
        null,
        new[] { Pair("api_key", apiKey), Pair("x-request-source", requestSource) });

    /// <summary>Interactly: a bearer token, the API version, and the optional team and user headers.</summary>
    public static ApiHeadersHandler ForInteractly(string apiKey, string apiVersion, string? teamId, string? userId)
    {
        var headers = new List<KeyValuePair<string, string>> { Pair("X-Interactly-API-Version", apiVersion) };
        if (!string.IsNullOrEmpty(teamId))
        {
            headers.Add(Pair("teamid", teamId!));
        }

        if (!string.IsNullOrEmpty(userId))
        {
            headers.Add(Pair("uuid", userId!));
        }

        return new(new AuthenticationHeaderValue("Bearer", apiKey), headers.ToArray());
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Apply(request, RequestFacts.Options(request));
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Puts the headers (and the empty body of a body-less POST) on <paramref name="request"/>, with the caller's
    /// <paramref name="options"/> for the call. Also called on its own for the one message that goes out when the SDK
    /// sends through a caller's client.
    /// </summary>
    public void Apply(HttpRequestMessage request, WorkflowRequestOptions? options)
    {
        var headers = request.Headers;

        // As text: the typed Accept collection would be created, and the value parsed, on every call.
        headers.TryAddWithoutValidation("Accept", "application/json");
        if (_authorization is not null)
        {
            headers.Authorization = _authorization;
        }

        foreach (var header in _headers)
        {
            headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        // Both APIs take JSON bodies; an endpoint without a body parameter (pump-companions) sends an empty object.
        if (request.Content is null && request.Method == HttpMethod.Post)
        {
            request.Content = EmptyJsonObject();
        }

        if (options?.ExternalRequestId is { } externalRequestId)
        {
            headers.TryAddWithoutValidation("x-external-request-id", externalRequestId);
        }
    }

    private static ByteArrayContent EmptyJsonObject()
    {
        var content = new ByteArrayContent(new[] { (byte)'{', (byte)'}' });
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
}
