using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Http;

/// <summary>
/// Turns an <see cref="ApiCall"/> into a request, sends it, and maps the answer: a typed model on success,
/// <see cref="WorkflowApiException"/> on a non-success status. The one place both endpoint layers send through.
/// </summary>
internal sealed class ApiRequestSender
{
    /// <summary>How much of an error body is kept on the exception.</summary>
    internal const int MaxErrorBodyChars = 4096;

    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly WorkflowService _service;
    private readonly string _baseUrl;
    private readonly Action<HttpRequestMessage> _addHeaders;
    private readonly SecretRedactor _redactor;
    private readonly long _maxResponseBytes;

    public ApiRequestSender(
        HttpClient httpClient,
        WorkflowService service,
        Uri baseUrl,
        Action<HttpRequestMessage> addHeaders,
        SecretRedactor redactor,
        long maxResponseBytes)
    {
        _httpClient = httpClient;
        _service = service;
        _baseUrl = baseUrl.AbsoluteUri.TrimEnd('/');
        _addHeaders = addHeaders;
        _redactor = redactor;
        _maxResponseBytes = maxResponseBytes;
    }

    public async Task<TResponse> SendAsync<TResponse>(ApiCall call, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var request = BuildRequest(call);
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (call.StartsWork && IsAmbiguousFailure(exception, cancellationToken))
        {
            throw new WorkflowOutcomeUnknownException(_service, call.Method.Method, call.Path, call.ExternalRequestId, exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await CreateExceptionAsync(call, response, cancellationToken).ConfigureAwait(false);
            }

            return await ReadBodyAsync(call, response, responseType, cancellationToken).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage BuildRequest(ApiCall call)
    {
        var request = new HttpRequestMessage(call.Method, BuildUri(call));
        request.Headers.Accept.Add(AcceptJson);
        if (call.Body is not null)
        {
            var content = new ByteArrayContent(call.Body);
            content.Headers.ContentType = JsonMediaType;
            request.Content = content;
        }

        if (call.ExternalRequestId is not null)
        {
            request.Headers.TryAddWithoutValidation("x-external-request-id", call.ExternalRequestId);
        }

        _addHeaders(request);
        new WorkflowRequestInfo(_service, call.RouteTemplate, call.StartsWork, call.ExternalRequestId).AttachTo(request);
        return request;
    }

    private Uri BuildUri(ApiCall call)
    {
        var text = new StringBuilder(_baseUrl).Append(call.Path);
        if (call.Query is { Count: > 0 } query)
        {
            for (var i = 0; i < query.Count; i++)
            {
                text.Append(i == 0 ? '?' : '&')
                    .Append(Uri.EscapeDataString(query[i].Key))
                    .Append('=')
                    .Append(Uri.EscapeDataString(query[i].Value));
            }
        }

        return new Uri(text.ToString(), UriKind.Absolute);
    }

    private async Task<TResponse> ReadBodyAsync<TResponse>(
        ApiCall call, HttpResponseMessage response, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > _maxResponseBytes)
        {
            throw MalformedBody(call, response, $"the body of {response.Content.Headers.ContentLength} bytes exceeds the limit of {_maxResponseBytes} bytes");
        }

        try
        {
#if NET8_0_OR_GREATER
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            using var limited = new SizeLimitedStream(stream, _maxResponseBytes);
            var model = await JsonSerializer.DeserializeAsync(limited, responseType, cancellationToken).ConfigureAwait(false);
            return model ?? throw MalformedBody(call, response, "the body was JSON null");
        }
        catch (JsonException exception)
        {
            throw MalformedBody(call, response, exception.Message);
        }
        catch (InvalidDataException exception)
        {
            throw MalformedBody(call, response, exception.Message);
        }
    }

    private WorkflowApiException MalformedBody(ApiCall call, HttpResponseMessage response, string reason) =>
        new(
            _service,
            call.Method.Method,
            call.Path,
            response.StatusCode,
            $"The response could not be read: {reason}",
            ReadRequestIdHeader(response),
            retryAfter: null,
            responseBody: null,
            call.ExternalRequestId);

    private async Task<WorkflowApiException> CreateExceptionAsync(ApiCall call, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ReadCappedAsync(response, cancellationToken).ConfigureAwait(false);
        var (message, bodyRequestId) = ApiErrorReader.Read(body);
        var text = body.Length == 0 ? null : _redactor.Redact(Encoding.UTF8.GetString(body));
        if (text is { Length: > MaxErrorBodyChars })
        {
            text = text.Substring(0, MaxErrorBodyChars) + "…[truncated]";
        }

        return new WorkflowApiException(
            _service,
            call.Method.Method,
            call.Path,
            response.StatusCode,
            message is null ? null : _redactor.Redact(message),
            ReadRequestIdHeader(response) ?? bodyRequestId,
            RetryAfterHeader.Read(response),
            text,
            call.ExternalRequestId);
    }

    private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Error bodies are read only as far as the cap: a misbehaving proxy cannot make us buffer megabytes.
        var limit = MaxErrorBodyChars * 4;
#if NET8_0_OR_GREATER
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var buffer = new byte[limit];
        var total = 0;
        int read;
        while (total < limit && (read = await stream.ReadAsync(buffer, total, limit - total, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        Array.Resize(ref buffer, total);
        return buffer;
    }

    private static string? ReadRequestIdHeader(HttpResponseMessage response)
    {
        foreach (var name in new[] { "x-request-id", "request-id", "x-correlation-id" })
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    if (!string.IsNullOrEmpty(value))
                    {
                        return value;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A failure after the request may have been sent: a timeout (not the caller's cancellation; the resilience
    /// pipeline reports its timeouts as <see cref="TimeoutException"/>) or a transport error other than a failed connect.
    /// </summary>
    private static bool IsAmbiguousFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        TimeoutException => true,
        HttpRequestException => !TransportFailure.FailedBeforeSending(exception),
        IOException => true,
        _ => false,
    };
}
