using System;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// Applies the first fault rule that fires. A faulted request never reaches its handler, so it has
/// no side effects; a latency-only rule delays the request and then lets it through.
/// </summary>
internal sealed class FaultMiddleware
{
    private readonly EmulatorContext context;
    private readonly FaultRuleSet faults;

    public FaultMiddleware(EmulatorContext context, FaultRuleSet faults)
    {
        this.context = context;
        this.faults = faults;
    }

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (ControlRoutes.IsControlPath(http.Request.Path))
        {
            await next(http).ConfigureAwait(false);
            return;
        }

        var rule = faults.TryTake(http.Request.Method, http.Request.Path.Value ?? "");
        if (rule is null)
        {
            await next(http).ConfigureAwait(false);
            return;
        }

        http.Items[EmulatorHttp.FaultItem] = rule.ToString();
        if (rule.LatencyMilliseconds is int latency && latency > 0)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(latency), context.TimeProvider, http.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client gave up during the injected delay; there is nobody left to answer.
                return;
            }
        }

        if (rule.DropConnection)
        {
            http.Items[EmulatorHttp.DroppedItem] = true;
            http.Abort();
        }
        else if (rule.StatusCode is int statusCode)
        {
            if (rule.RetryAfterSeconds is int retryAfter)
            {
                http.Response.Headers["Retry-After"] = retryAfter.ToString(CultureInfo.InvariantCulture);
            }

            await EmulatorHttp.WriteJsonAsync(http, statusCode, ErrorBody(http, rule.Message ?? "Injected fault")).ConfigureAwait(false);
        }
        else if (rule.MalformedBody)
        {
            http.Response.StatusCode = 200;
            http.Response.ContentType = "application/json; charset=utf-8";
            string truncated = "{\"_metadata\":{\"requestId\":\"" + EmulatorHttp.RequestId(http) + "\",\"data\":{\"jobOId\":\"bsj";
            await http.Response.WriteAsync(truncated, http.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            await next(http).ConfigureAwait(false);
        }
    }

    /// <summary>Each API's own error style: Interactly (FastAPI) uses <c>detail</c>, Octave <c>message</c>.</summary>
    private JsonObject ErrorBody(HttpContext http, string message) =>
        http.Request.Path.StartsWithSegments("/workflows", StringComparison.OrdinalIgnoreCase)
            ? new JsonObject { ["detail"] = message }
            : new JsonObject
            {
                ["message"] = message,
                ["_metadata"] = OctaveResponses.Metadata(http, context, message: message),
            };
}
