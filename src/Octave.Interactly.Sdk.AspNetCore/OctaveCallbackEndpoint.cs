using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>
/// The request path of <c>MapOctaveCallbacks</c>: token, size limit, parse, de-duplicate, queue, answer.
/// It never runs application code: Octave gets its 200 as soon as the callback is safely queued.
/// </summary>
internal sealed class OctaveCallbackEndpoint
{
    /// <summary>The route parameter that carries the secret token.</summary>
    public const string TokenRouteParameter = "token";

    private readonly OctaveCallbackReceiverOptions _options;
    private readonly ICallbackDeduplicator _deduplicator;
    private readonly OctaveCallbackQueue _queue;
    private readonly ILogger _logger;
    private readonly IOctaveCallbackInbox? _inbox;

    public OctaveCallbackEndpoint(
        IOptions<OctaveCallbackReceiverOptions> options,
        ICallbackDeduplicator deduplicator,
        OctaveCallbackQueue queue,
        ILogger<OctaveCallbackEndpoint> logger,
        IOctaveCallbackInbox? inbox = null)
    {
        _options = options.Value;
        _deduplicator = deduplicator;
        _queue = queue;
        _logger = logger;
        _inbox = inbox;
    }

    public async Task HandleAsync(HttpContext context)
    {
        // The token is checked before the body is read, and a mismatch looks exactly like an unmapped route.
        if (!CallbackUrls.TokenMatches(_options.Token, context.GetRouteValue(TokenRouteParameter) as string))
        {
            ReceiverLog.WrongToken(_logger);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var aborted = context.RequestAborted;
        using var body = await RequestBody.ReadAsync(context, _options.MaxBodyBytes, aborted).ConfigureAwait(false);
        if (body is null)
        {
            ReceiverLog.CallbackTooLarge(_logger, _options.MaxBodyBytes);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Callback body too large").ConfigureAwait(false);
            return;
        }

        if (!OctaveCallbackParser.TryParse(body.Span, out var parsed, out var error))
        {
            ReceiverLog.MalformedCallback(_logger, error!);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status400BadRequest, "Malformed callback", error).ConfigureAwait(false);
            return;
        }

        var callback = parsed!;
        var tags = new[]
        {
            new KeyValuePair<string, object?>("kind", callback.Kind == OctaveRunKind.Agent ? "agent" : callback.Kind == OctaveRunKind.Workflow ? "workflow" : "unknown"),
            new KeyValuePair<string, object?>("status", callback.Status.Value ?? string.Empty),
        };
        SdkTelemetry.CallbacksReceived.Add(1, tags);

        if (_inbox is not null)
        {
            await AcceptIntoInboxAsync(context, callback, tags, aborted).ConfigureAwait(false);
            return;
        }

        bool first;
        try
        {
            first = await _deduplicator.TryMarkFirstAsync(callback.DeduplicationKey, aborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !aborted.IsCancellationRequested)
        {
            // Nothing is known about this delivery, so ask for it again rather than risk losing it.
            ReceiverLog.DeduplicatorFailed(_logger, exception, callback.RunId);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!first)
        {
            SdkTelemetry.CallbackDuplicates.Add(1, tags);
            ReceiverLog.Duplicate(_logger, callback.RunId, callback.Status);
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (!await _queue.TryEnqueueAsync(callback, aborted).ConfigureAwait(false))
        {
            // Marked but not accepted: forget the mark so the sender's retry is handled, not dropped as a repeat.
            await _deduplicator.ForgetAsync(callback.DeduplicationKey, default).ConfigureAwait(false);
            ReceiverLog.NotQueued(_logger, callback.RunId);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        ReceiverLog.Accepted(_logger, callback.RunId, callback.Status);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    // A durable inbox de-duplicates and stores in one step; the answer is 200 only once it holds the callback.
    private async Task AcceptIntoInboxAsync(HttpContext context, OctaveCallback callback, KeyValuePair<string, object?>[] tags, System.Threading.CancellationToken aborted)
    {
        bool first;
        try
        {
            first = await _inbox!.TryAcceptAsync(callback, aborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !aborted.IsCancellationRequested)
        {
            ReceiverLog.InboxFailed(_logger, exception, callback.RunId);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (first)
        {
            ReceiverLog.Accepted(_logger, callback.RunId, callback.Status);
        }
        else
        {
            SdkTelemetry.CallbackDuplicates.Add(1, tags);
            ReceiverLog.Duplicate(_logger, callback.RunId, callback.Status);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
