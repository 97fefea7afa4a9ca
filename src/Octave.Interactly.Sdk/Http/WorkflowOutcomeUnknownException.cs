using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// A request that starts work (an Octave job or an Interactly turn) was sent, but no answer arrived
/// (timeout or a connection lost after sending). The server may or may not have acted on it, so the
/// SDK does not re-send it. Reconcile with <see cref="ExternalRequestId"/> or by listing runs before retrying.
/// </summary>
public class WorkflowOutcomeUnknownException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="service">The API the request went to.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The request path, without query string.</param>
    /// <param name="externalRequestId">The <c>x-external-request-id</c> sent with the request, if any.</param>
    /// <param name="innerException">The timeout or transport failure.</param>
    public WorkflowOutcomeUnknownException(
        WorkflowService service, string method, string path, string? externalRequestId, Exception? innerException)
        : base(
            $"{service} {method} {path} was sent but no answer arrived, so whether the server acted on it is unknown; " +
            "it was not re-sent because starting work is not idempotent." +
            (externalRequestId is null ? string.Empty : $" External request id: {externalRequestId}."),
            innerException)
    {
        Service = service;
        Method = method;
        Path = path;
        ExternalRequestId = externalRequestId;
    }

    /// <summary>The API the request went to.</summary>
    public WorkflowService Service { get; }

    /// <summary>The HTTP method of the request.</summary>
    public string Method { get; }

    /// <summary>The request path, without query string.</summary>
    public string Path { get; }

    /// <summary>The <c>x-external-request-id</c> sent with the request, if any: use it to reconcile.</summary>
    public string? ExternalRequestId { get; }
}
