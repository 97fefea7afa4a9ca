using System;
using Microsoft.Extensions.Logging;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>The receiver's log messages (source-generated). None carries a token, a secret or a body.</summary>
internal static partial class ReceiverLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Rejected a malformed Octave callback: {Reason}")]
    public static partial void MalformedCallback(ILogger logger, string reason);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Rejected an Octave callback larger than {MaxBodyBytes} bytes.")]
    public static partial void CallbackTooLarge(ILogger logger, long maxBodyBytes);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Rejected an Octave callback with a wrong route token.")]
    public static partial void WrongToken(ILogger logger);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Accepted the Octave callback for run {RunId} ({Status}).")]
    public static partial void Accepted(ILogger logger, string runId, OctaveCallbackStatus status);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "Ignored a repeated Octave callback for run {RunId} ({Status}).")]
    public static partial void Duplicate(ILogger logger, string runId, OctaveCallbackStatus status);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "The callback deduplicator failed for run {RunId}; answered 503 so the sender retries.")]
    public static partial void DeduplicatorFailed(ILogger logger, Exception exception, string runId);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Could not queue the Octave callback for run {RunId} (shutting down or request aborted); answered 503 so the sender retries.")]
    public static partial void NotQueued(ILogger logger, string runId);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Error, Message = "Octave callback handler {Handler} failed for run {RunId} ({Status}).")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string runId, OctaveCallbackStatus status);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Error, Message = "Completing waiters failed for run {RunId}.")]
    public static partial void RegistryFailed(ILogger logger, Exception exception, string runId);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Error, Message = "The callback inbox could not store the callback for run {RunId}; answered 503 so the sender retries.")]
    public static partial void InboxFailed(ILogger logger, Exception exception, string runId);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Rejected an Interactly webhook delivery: {Failure}.")]
    public static partial void WebhookRejected(ILogger logger, InteractlyWebhookVerificationFailure failure);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Rejected a malformed Interactly webhook delivery: {Reason}")]
    public static partial void MalformedWebhook(ILogger logger, string reason);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Error, Message = "Interactly webhook handler {Handler} failed.")]
    public static partial void WebhookHandlerFailed(ILogger logger, Exception exception, string handler);
}
