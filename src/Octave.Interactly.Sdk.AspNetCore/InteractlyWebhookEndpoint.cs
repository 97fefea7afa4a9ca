using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Octave.Interactly.Sdk.AspNetCore;

/// <summary>
/// The request path of <c>MapInteractlyWebhooks</c>: size limit, signature and timestamp, parse, then the handlers.
/// Unlike Octave callbacks, the answer waits for the handlers, so a failing handler yields 500 and Interactly's retry.
/// </summary>
internal sealed class InteractlyWebhookEndpoint
{
    private readonly InteractlyWebhookReceiverOptions _options;
    private readonly InteractlyWebhookVerifier _verifier;
    private readonly ILogger _logger;

    public InteractlyWebhookEndpoint(IOptions<InteractlyWebhookReceiverOptions> options, ILogger<InteractlyWebhookEndpoint> logger, TimeProvider? timeProvider)
    {
        // Reading Value runs the options validator, so bad secrets fail here with the validator's message naming the option.
        _options = options.Value;
        _verifier = new InteractlyWebhookVerifier(_options.Secrets, _options.Tolerance, timeProvider);
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        using var body = await RequestBody.ReadAsync(context, _options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await ProblemResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Webhook body too large").ConfigureAwait(false);
            return;
        }

        var headers = context.Request.Headers;
        var verification = _verifier.Validate(body.Span, headers[InteractlyWebhookHeaders.Signature], headers[InteractlyWebhookHeaders.Timestamp]);
        if (!verification.IsValid)
        {
            ReceiverLog.WebhookRejected(_logger, verification.Failure);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, "Webhook signature rejected").ConfigureAwait(false);
            return;
        }

        InteractlyWebhookDelivery delivery;
        try
        {
            delivery = InteractlyWebhookDelivery.Parse(body.Span, verification.Timestamp);
        }
        catch (FormatException exception)
        {
            ReceiverLog.MalformedWebhook(_logger, exception.Message);
            await ProblemResponse.WriteAsync(context, StatusCodes.Status400BadRequest, "Malformed webhook", exception.Message).ConfigureAwait(false);
            return;
        }

        foreach (var handler in context.RequestServices.GetServices<IInteractlyWebhookHandler>())
        {
            try
            {
                await handler.HandleAsync(delivery, context.RequestAborted).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The application's failure becomes a 500 that makes Interactly retry, not an unhandled exception.
            catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
#pragma warning restore CA1031
            {
                ReceiverLog.WebhookHandlerFailed(_logger, exception, handler.GetType().FullName ?? handler.GetType().Name);
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
