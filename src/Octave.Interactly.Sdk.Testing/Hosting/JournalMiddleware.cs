using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// First in the pipeline: gives every response an <c>x-request-id</c>, echoes
/// <c>x-external-request-id</c>, and journals every API request with its outcome.
/// </summary>
internal sealed class JournalMiddleware
{
    private const string ExternalRequestIdHeader = "x-external-request-id";
    private readonly EmulatorContext context;
    private readonly RequestJournal journal;

    public JournalMiddleware(EmulatorContext context, RequestJournal journal)
    {
        this.context = context;
        this.journal = journal;
    }

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        string requestId = context.NewRequestId();
        http.Items[EmulatorHttp.RequestIdItem] = requestId;
        http.Response.Headers["x-request-id"] = requestId;
        string? externalId = http.Request.Headers[ExternalRequestIdHeader];
        if (!string.IsNullOrEmpty(externalId))
        {
            http.Response.Headers[ExternalRequestIdHeader] = externalId;
        }

        if (ControlRoutes.IsControlPath(http.Request.Path))
        {
            await next(http).ConfigureAwait(false);
            return;
        }

        long sequence = journal.NextSequence();
        var receivedAt = context.TimeProvider.GetUtcNow();
        string? body = null;
        int recorded = 0;

        // Journalled as the response starts, before the client can read it: a test that asserts on the journal right
        // after its call returns must find the call there. A request whose response never starts (dropped, or
        // failed before it) is journalled when the pipeline ends.
        void Record()
        {
            if (Interlocked.Exchange(ref recorded, 1) == 1)
            {
                return;
            }

            bool dropped = http.Items.ContainsKey(EmulatorHttp.DroppedItem)
                || (http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted);
            journal.Add(new JournalEntry
            {
                Sequence = sequence,
                Timestamp = receivedAt,
                Method = http.Request.Method,
                Path = http.Request.Path.Value ?? "",
                QueryString = http.Request.QueryString.Value ?? "",
                Headers = RedactedHeaders(http.Request.Headers),
                ApiKeyPresent = http.Request.Headers.ContainsKey("api_key"),
                AuthorizationPresent = http.Request.Headers.ContainsKey("Authorization"),
                ExternalRequestId = string.IsNullOrEmpty(externalId) ? null : externalId,
                RequestId = requestId,
                Body = context.Options.JournalCaptureBodies && !string.IsNullOrEmpty(body) ? body : null,
                StatusCode = dropped ? 0 : http.Response.StatusCode,
                Fault = http.Items.TryGetValue(EmulatorHttp.FaultItem, out var fault) ? fault as string : null,
            });
        }

        http.Response.OnStarting(() =>
        {
            Record();
            return Task.CompletedTask;
        });
        try
        {
            body = await EmulatorHttp.ReadBodyAsync(http).ConfigureAwait(false);
            await next(http).ConfigureAwait(false);
        }
        finally
        {
            Record();
        }
    }

    private static Dictionary<string, string> RedactedHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            bool secret = string.Equals(header.Key, "api_key", StringComparison.OrdinalIgnoreCase)
                || string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase);
            copy[header.Key] = secret ? "***" : header.Value.ToString();
        }

        return copy;
    }
}
