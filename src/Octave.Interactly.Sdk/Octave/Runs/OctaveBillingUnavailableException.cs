using System;

namespace Octave.Interactly.Sdk;

/// <summary>
/// Octave answered <c>GET /api/v2/credits/usage</c> with 503: its billing data cannot be read right now. Nothing is
/// wrong with the request or the key; ask again later. A <see cref="WorkflowApiException"/>, so code that already
/// handles API errors keeps working; thrown by <see cref="OctaveClient.GetCreditUsageAsync"/> (a call straight on
/// <see cref="IOctaveApi.GetCreditUsageAsync"/> throws the plain <see cref="WorkflowApiException"/> with status 503).
/// </summary>
public sealed class OctaveBillingUnavailableException : WorkflowApiException
{
    /// <summary>Creates the exception from the 503 answer it replaces.</summary>
    /// <param name="inner">The API error; its status, message and request id are carried over.</param>
    public OctaveBillingUnavailableException(WorkflowApiException inner)
        : base(
            Validation.Argument.NotNull(inner, nameof(inner)).Service,
            inner.Method,
            inner.Path,
            inner.StatusCode,
            inner.ApiMessage,
            inner.RequestId,
            inner.RetryAfter,
            inner.ResponseBody,
            inner.ExternalRequestId)
    {
        Message = "Octave's billing data is unavailable right now (503 from GET /api/v2/credits/usage); try again later. " + inner.Message;
    }

    /// <inheritdoc />
    public override string Message { get; }
}
