using System;
using System.Globalization;
using System.Net;
using System.Text;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The server answered with a non-success status code. Carries what is needed to act on the failure:
/// the status, the API's own message, the request id to quote to support, and <c>Retry-After</c>.
/// </summary>
public class WorkflowApiException : Exception
{
    /// <summary>Creates the exception from a failed response.</summary>
    /// <param name="service">The API that answered.</param>
    /// <param name="method">The HTTP method of the request.</param>
    /// <param name="path">The request path, without query string.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="apiMessage">The message the API put in its error body, if any.</param>
    /// <param name="requestId">The server's request id, if any.</param>
    /// <param name="retryAfter">The delay the server asked for in <c>Retry-After</c>, if any.</param>
    /// <param name="responseBody">The response body, size-capped and with secrets redacted.</param>
    /// <param name="externalRequestId">The <c>x-external-request-id</c> the caller sent, if any.</param>
    public WorkflowApiException(
        WorkflowService service,
        string method,
        string path,
        HttpStatusCode statusCode,
        string? apiMessage,
        string? requestId,
        TimeSpan? retryAfter,
        string? responseBody,
        string? externalRequestId = null)
        : base(BuildMessage(service, method, path, statusCode, apiMessage, requestId))
    {
        Service = service;
        Method = method;
        Path = path;
        StatusCode = statusCode;
        ApiMessage = apiMessage;
        RequestId = requestId;
        RetryAfter = retryAfter;
        ResponseBody = responseBody;
        ExternalRequestId = externalRequestId;
    }

    /// <summary>The API that answered.</summary>
    public WorkflowService Service { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>The request path, without query string.</summary>
    public string Path { get; }

    /// <summary>The HTTP status code of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>
    /// The API's own error message: Octave's <c>message</c>/<c>error</c>/<c>_metadata.message</c>,
    /// Interactly's <c>detail</c> or <c>message: error</c>. Null when the body carried none.
    /// </summary>
    public string? ApiMessage { get; }

    /// <summary>The server's request id (<c>x-request-id</c> header or <c>_metadata.requestId</c>), if any.</summary>
    public string? RequestId { get; }

    /// <summary>The delay the server asked for in <c>Retry-After</c>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The response body, capped in size and with secrets redacted. Null when empty.</summary>
    public string? ResponseBody { get; }

    /// <summary>The <c>x-external-request-id</c> the caller sent with the request, if any.</summary>
    public string? ExternalRequestId { get; }

    private static string BuildMessage(
        WorkflowService service, string method, string path, HttpStatusCode statusCode, string? apiMessage, string? requestId)
    {
        var text = new StringBuilder()
            .Append(service).Append(" API returned ")
            .Append(((int)statusCode).ToString(CultureInfo.InvariantCulture))
            .Append(" (").Append(statusCode).Append(") for ")
            .Append(method).Append(' ').Append(path);
        if (!string.IsNullOrEmpty(apiMessage))
        {
            text.Append(": ").Append(apiMessage);
        }

        if (!string.IsNullOrEmpty(requestId))
        {
            text.Append(" (request id ").Append(requestId).Append(')');
        }

        return text.ToString();
    }
}
