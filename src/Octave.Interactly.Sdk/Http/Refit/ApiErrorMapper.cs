using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Octave.Interactly.Sdk.Http.Refit;

/// <summary>
/// Refit's exception factories for one API: a non-success answer or a body that cannot be read becomes
/// <see cref="WorkflowApiException"/> with the status, the API's own message, the request id, <c>Retry-After</c> and
/// a capped body, every text redacted of the API key.
/// </summary>
internal sealed class ApiErrorMapper
{
    /// <summary>How much of an error body is kept on the exception.</summary>
    internal const int MaxErrorBodyChars = 4096;

    private static readonly string[] RequestIdHeaders = { "x-request-id", "request-id", "x-correlation-id" };

    private readonly WorkflowService _service;
    private readonly SecretRedactor _redactor;

    public ApiErrorMapper(WorkflowService service, SecretRedactor redactor)
    {
        _service = service;
        _redactor = redactor;
    }

    /// <summary>Refit's <c>ExceptionFactory</c>: null for a success, the SDK's exception otherwise.</summary>
    public async ValueTask<Exception?> FromResponseAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        // The body is already buffered within the size limit (ResponseBufferingHandler); only its start is kept.
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (body.Length > MaxErrorBodyChars * 4)
        {
            Array.Resize(ref body, MaxErrorBodyChars * 4);
        }

        var (message, bodyRequestId) = ApiErrorReader.Read(body);
        var text = body.Length == 0 ? null : _redactor.Redact(Encoding.UTF8.GetString(body));
        if (text is { Length: > MaxErrorBodyChars })
        {
            text = text.Substring(0, MaxErrorBodyChars) + "…[truncated]";
        }

        var request = response.RequestMessage;
        var error = new WorkflowApiException(
            _service,
            request?.Method.Method ?? "?",
            request?.RequestUri?.AbsolutePath ?? "?",
            response.StatusCode,
            message is null ? null : _redactor.Redact(message),
            Redact(ReadRequestIdHeader(response) ?? bodyRequestId),
            RetryAfterHeader.Read(response),
            text,
            request is null ? null : RequestFacts.Options(request)?.ExternalRequestId);
        return request is not null && RunInProgressException.Applies(response.StatusCode, RequestFacts.MethodName(request))
            ? new RunInProgressException(error)
            : error;
    }

    /// <summary>Refit's <c>DeserializationExceptionFactory</c>: a 2xx body that is not the expected JSON.</summary>
    public ValueTask<Exception?> FromUnreadableBody(HttpResponseMessage response, Exception exception)
    {
        var request = response.RequestMessage;
        Exception error = new WorkflowApiException(
            _service,
            request?.Method.Method ?? "?",
            request?.RequestUri?.AbsolutePath ?? "?",
            response.StatusCode,
            _redactor.Redact("The response could not be read: " + exception.Message),
            Redact(ReadRequestIdHeader(response)),
            retryAfter: null,
            responseBody: null,
            request is null ? null : RequestFacts.Options(request)?.ExternalRequestId);
        return new ValueTask<Exception?>(error);
    }

    /// <summary>A server or proxy may echo anything as its request id, the key included.</summary>
    private string? Redact(string? requestId) => requestId is null ? null : _redactor.Redact(requestId);

    private static string? ReadRequestIdHeader(HttpResponseMessage response)
    {
        foreach (var name in RequestIdHeaders)
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
}
