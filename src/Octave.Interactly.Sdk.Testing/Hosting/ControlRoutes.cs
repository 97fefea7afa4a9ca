using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing;

/// <summary>
/// The emulator's own routes under <c>/_emulator</c>: catalogue, journal, faults, callbacks, reset.
/// They need no credentials and are neither journaled nor faulted, so tests can always inspect state.
/// </summary>
internal static class ControlRoutes
{
    public const string Prefix = "/_emulator";

    /// <summary>Below <see cref="Prefix"/>: answers 200 to any POST and keeps nothing.</summary>
    public const string DiscardingCallbackPath = "/callbacks/discard";

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static bool IsControlPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static void Map(IEndpointRouteBuilder app, WorkflowEmulator emulator)
    {
        var group = app.MapGroup(Prefix);
        group.MapGet("/catalog", http => EmulatorHttp.WriteJsonAsync(http, 200, emulator.DescribeCatalog()));
        group.MapGet("/requests", http => EmulatorHttp.WriteJsonAsync(http, 200, JournalJson(emulator.Journal, http.Request.Query["path"])));
        group.MapGet("/callbacks", http => EmulatorHttp.WriteJsonAsync(http, 200, CallbacksJson(emulator.CallbackDeliveries)));
        group.MapPost(DiscardingCallbackPath, http =>
        {
            // Accepts a callback and drops it: for runs whose result the caller learns by polling.
            http.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        });
        group.MapGet("/faults", http => EmulatorHttp.WriteJsonAsync(http, 200, JsonSerializer.SerializeToNode(emulator.Faults.Rules, WebJson)!));
        group.MapPost("/faults", http => AddFaultAsync(http, emulator.Faults));
        group.MapDelete("/faults", http =>
        {
            emulator.Faults.Clear();
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        group.MapDelete("/faults/{id:int}", (HttpContext http, int id) =>
        {
            http.Response.StatusCode = emulator.Faults.Remove(id) ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        group.MapPost("/reset", http =>
        {
            emulator.Reset();
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
    }

    private static async Task AddFaultAsync(HttpContext http, FaultRuleSet faults)
    {
        string body = await EmulatorHttp.ReadBodyAsync(http).ConfigureAwait(false);
        FaultRule? rule;
        try
        {
            rule = JsonSerializer.Deserialize<FaultRule>(body, WebJson);
        }
        catch (JsonException exception)
        {
            await EmulatorHttp.WriteJsonAsync(http, 400, new JsonObject { ["message"] = "Invalid fault rule: " + exception.Message }).ConfigureAwait(false);
            return;
        }

        try
        {
            faults.Add(rule ?? throw new ArgumentException("A fault rule is required."));
        }
        catch (ArgumentException exception)
        {
            await EmulatorHttp.WriteJsonAsync(http, 400, new JsonObject { ["message"] = exception.Message }).ConfigureAwait(false);
            return;
        }

        await EmulatorHttp.WriteJsonAsync(http, 201, JsonSerializer.SerializeToNode(rule, WebJson)!).ConfigureAwait(false);
    }

    private static JsonArray JournalJson(RequestJournal journal, string? pathFilter)
    {
        var pattern = string.IsNullOrEmpty(pathFilter) ? null : new PathPattern(pathFilter);
        return new JsonArray(journal.Entries
            .Where(e => pattern is null || pattern.IsMatch(e.Path))
            .Select(e => (JsonNode)EntryJson(e)).ToArray());
    }

    /// <summary>One journal entry as the control routes and the dashboard show it.</summary>
    public static JsonObject EntryJson(JournalEntry e) => new()
    {
        ["sequence"] = e.Sequence,
        ["timestamp"] = IsoTime.Format(e.Timestamp),
        ["method"] = e.Method,
        ["path"] = e.Path,
        ["queryString"] = e.QueryString,
        ["headers"] = new JsonObject(e.Headers.Select(h => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(h.Key, h.Value))),
        ["apiKeyPresent"] = e.ApiKeyPresent,
        ["authorizationPresent"] = e.AuthorizationPresent,
        ["externalRequestId"] = e.ExternalRequestId,
        ["requestId"] = e.RequestId,
        ["body"] = e.Body,
        ["statusCode"] = e.StatusCode,
        ["fault"] = e.Fault,
    };

    /// <summary>One callback delivery attempt as the control routes and the dashboard show it.</summary>
    public static JsonObject AttemptJson(CallbackDeliveryAttempt a) => new()
    {
        ["runId"] = a.RunId,
        ["url"] = a.Url.ToString(),
        ["attempt"] = a.Attempt,
        ["statusCode"] = a.StatusCode,
        ["error"] = a.Error,
        ["latencyMilliseconds"] = Math.Round(a.Latency.TotalMilliseconds, 1),
        ["timestamp"] = IsoTime.Format(a.Timestamp),
    };

    private static JsonObject CallbacksJson(CallbackDeliveryLog log) => new()
    {
        ["attempts"] = new JsonArray(log.Attempts.Select(a => (JsonNode)AttemptJson(a)).ToArray()),
        ["runs"] = new JsonObject(log.Summary.Select(s => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(s.Key, s.Value.ToString()))),
    };
}
