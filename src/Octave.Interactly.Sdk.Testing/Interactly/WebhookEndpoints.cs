using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Octave.Interactly.Sdk.Testing.Interactly;

/// <summary>
/// Outbound webhook subscriptions (§2.4): create, list, update, delete, the event history, an event's delivery
/// attempts and retry. Stateful. Workflow create, update and delete through the API record an event for every enabled
/// subscription to that action. The emulator does not deliver: events stay <c>pending</c> with no attempts, and retry
/// resets an event to <c>pending</c>, as the service does before it re-dispatches.
/// </summary>
internal sealed class WebhookEndpoints
{
    private const string BasePath = "/v1/workflow-webhooks";
    private static readonly string[] Actions = ["workflow_created", "workflow_updated", "workflow_deleted", "workflow_run_started", "workflow_run_completed"];

    private readonly InteractlyServices services;
    private readonly object sync = new();
    private readonly List<JsonObject> subscriptions = [];
    private readonly List<JsonObject> events = [];

    public WebhookEndpoints(InteractlyServices services) => this.services = services;

    public void Map(IEndpointRouteBuilder group)
    {
        group.MapPost(BasePath, (Func<HttpContext, Task<IResult>>)CreateAsync);
        group.MapGet(BasePath, (Func<HttpContext, IResult>)List);
        group.MapGet(BasePath + "/events", (Func<HttpContext, IResult>)ListEvents);
        group.MapGet(BasePath + "/events/{event_id}/attempts", (Func<HttpContext, IResult>)ListAttempts);
        group.MapPost(BasePath + "/events/{event_id}/retry", (Func<HttpContext, IResult>)Retry);
        group.MapPatch(BasePath + "/{webhook_id}", (Func<HttpContext, Task<IResult>>)UpdateAsync);
        group.MapDelete(BasePath + "/{webhook_id}", (Func<HttpContext, IResult>)Delete);
    }

    /// <summary>Records an event for every enabled subscription to <paramref name="action"/>.</summary>
    public void Emit(string action, string workflowId, string workflowName)
    {
        lock (sync)
        {
            foreach (JsonObject subscription in subscriptions)
            {
                bool enabled = subscription["enabled"]?.GetValue<bool>() ?? false;
                bool wanted = subscription["actions"] is JsonArray list && list.Any(a => a?.GetValue<string>() == action);
                if (!enabled || !wanted)
                {
                    continue;
                }

                string now = Now();
                events.Add(new JsonObject
                {
                    ["_id"] = services.Ids.NewObjectId(),
                    ["event_id"] = "evt_" + Guid.NewGuid().ToString("N"),
                    ["subscription_id"] = subscription["_id"]!.GetValue<string>(),
                    ["action"] = action,
                    ["workflow_id"] = workflowId,
                    ["workflow_name"] = workflowName,
                    ["payload"] = new JsonObject { ["action"] = action, ["workflow_id"] = workflowId, ["workflow_name"] = workflowName },
                    ["status"] = "pending",
                    ["attempts_count"] = 0,
                    ["created_at"] = now,
                    ["updated_at"] = now,
                });
            }
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            subscriptions.Clear();
            events.Clear();
        }
    }

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            return WireReplies.Validation("Input should be a valid dictionary or object", "model_attributes_type", "body");
        }

        foreach (string field in new[] { "name", "url", "actions" })
        {
            if (body[field] is null)
            {
                return WireReplies.Validation("Field required", "missing", "body", field);
            }
        }

        var subscription = new JsonObject { ["_id"] = services.Ids.NewObjectId(), ["created_at"] = Now() };
        subscription["enabled"] = true;
        subscription["timeout_seconds"] = 10;
        subscription["max_retries"] = 3;
        subscription["retry_backoff_seconds"] = 10;
        subscription["has_bearer_token"] = false;
        if (Apply(subscription, body) is { } error)
        {
            return error;
        }

        lock (sync)
        {
            subscriptions.Add(subscription);
            return WireReplies.Json(StatusCodes.Status201Created, subscription.DeepClone());
        }
    }

    private IResult List(HttpContext http)
    {
        string? search = http.Request.Query["search"];
        (int page, int size) = Paging(http);
        lock (sync)
        {
            var matches = subscriptions
                .Where(s => string.IsNullOrEmpty(search)
                    || s["name"]!.GetValue<string>().Contains(search, StringComparison.OrdinalIgnoreCase)
                    || s["url"]!.GetValue<string>().Contains(search, StringComparison.OrdinalIgnoreCase))
                .ToList();
            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject
            {
                ["subscriptions"] = Page(matches, page, size),
                ["total"] = matches.Count,
                ["page"] = page,
                ["size"] = size,
            });
        }
    }

    private async Task<IResult> UpdateAsync(HttpContext http)
    {
        JsonObject? body = await ReadObjectAsync(http).ConfigureAwait(false);
        if (body is null)
        {
            return WireReplies.Validation("Input should be a valid dictionary or object", "model_attributes_type", "body");
        }

        string id = http.Request.RouteValues["webhook_id"] as string ?? "";
        lock (sync)
        {
            JsonObject? subscription = subscriptions.FirstOrDefault(s => s["_id"]!.GetValue<string>() == id);
            if (subscription is null)
            {
                return WireReplies.NotFound($"Webhook subscription {id} not found");
            }

            var updated = (JsonObject)subscription.DeepClone();
            if (Apply(updated, body) is { } error)
            {
                return error;
            }

            subscriptions[subscriptions.IndexOf(subscription)] = updated;
            return WireReplies.Json(StatusCodes.Status200OK, updated.DeepClone());
        }
    }

    private IResult Delete(HttpContext http)
    {
        string id = http.Request.RouteValues["webhook_id"] as string ?? "";
        lock (sync)
        {
            return subscriptions.RemoveAll(s => s["_id"]!.GetValue<string>() == id) == 0
                ? WireReplies.NotFound($"Webhook subscription {id} not found")
                : Results.NoContent();
        }
    }

    private IResult ListEvents(HttpContext http)
    {
        IQueryCollection query = http.Request.Query;
        (int page, int size) = Paging(http);
        lock (sync)
        {
            var matches = events.AsEnumerable().Reverse()
                .Where(e => Matches(e, "subscription_id", query["subscription_id"]) && Matches(e, "workflow_id", query["workflow_id"])
                    && Matches(e, "action", query["action"]) && Matches(e, "status", query["status"]))
                .ToList();
            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject { ["events"] = Page(matches, page, size), ["total"] = matches.Count });
        }
    }

    private IResult ListAttempts(HttpContext http)
    {
        string id = http.Request.RouteValues["event_id"] as string ?? "";
        lock (sync)
        {
            return events.Any(e => e["event_id"]!.GetValue<string>() == id)
                ? WireReplies.Json(StatusCodes.Status200OK, new JsonObject { ["attempts"] = new JsonArray(), ["total"] = 0 })
                : WireReplies.NotFound($"Webhook event {id} not found");
        }
    }

    private IResult Retry(HttpContext http)
    {
        string id = http.Request.RouteValues["event_id"] as string ?? "";
        lock (sync)
        {
            JsonObject? found = events.FirstOrDefault(e => e["_id"]!.GetValue<string>() == id);
            if (found is null)
            {
                return WireReplies.NotFound($"Webhook event {id} not found");
            }

            found["status"] = "pending";
            found["updated_at"] = Now();
            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject { ["message"] = "Webhook event queued for retry", ["event_id"] = id });
        }
    }

    /// <summary>Copies the writable fields of a create or update body onto a subscription; a 422 for a value out of range.</summary>
    private static IResult? Apply(JsonObject subscription, JsonObject body)
    {
        foreach ((string field, int min, int max) in new[] { ("timeout_seconds", 1, 60), ("max_retries", 0, 10), ("retry_backoff_seconds", 1, 300) })
        {
            if (body[field] is JsonValue value)
            {
                if (!value.TryGetValue(out int number) || number < min || number > max)
                {
                    return WireReplies.Validation($"Input should be between {min} and {max}", "range", "body", field);
                }

                subscription[field] = number;
            }
        }

        if (body["actions"] is JsonArray actions)
        {
            if (actions.Count == 0 || actions.Any(a => a is not JsonValue v || !v.TryGetValue(out string? name) || !Actions.Contains(name)))
            {
                return WireReplies.Validation("Input should be " + string.Join(", ", Actions), "enum", "body", "actions");
            }

            subscription["actions"] = actions.DeepClone();
        }

        foreach (string field in new[] { "name", "url" })
        {
            if (body[field] is JsonValue value && value.TryGetValue(out string? text))
            {
                subscription[field] = text;
            }
        }

        if (body["enabled"] is JsonValue enabled && enabled.TryGetValue(out bool on))
        {
            subscription["enabled"] = on;
        }

        // The token itself is never echoed, only whether one is set.
        if (body["bearer_token"] is JsonValue token && token.TryGetValue(out string? secret) && !string.IsNullOrEmpty(secret))
        {
            subscription["has_bearer_token"] = true;
        }

        if (body["clear_bearer_token"] is JsonValue clear && clear.TryGetValue(out bool cleared) && cleared)
        {
            subscription["has_bearer_token"] = false;
        }

        return null;
    }

    private static bool Matches(JsonObject item, string field, string? wanted) =>
        string.IsNullOrEmpty(wanted) || item[field]?.GetValue<string>() == wanted;

    private static (int Page, int Size) Paging(HttpContext http)
    {
        int page = int.TryParse(http.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p >= 1 ? p : 1;
        int size = int.TryParse(http.Request.Query["size"], NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s >= 1 ? s : 20;
        return (page, size);
    }

    private static JsonArray Page(List<JsonObject> items, int page, int size)
    {
        var array = new JsonArray();
        foreach (JsonObject item in items.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size)).Take(size))
        {
            array.Add(item.DeepClone());
        }

        return array;
    }

    private string Now() => WorkflowDocumentStore.IsoTime(services.Events.UtcNow());

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        string text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        try
        {
            return JsonNode.Parse(string.IsNullOrWhiteSpace(text) ? "null" : text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
