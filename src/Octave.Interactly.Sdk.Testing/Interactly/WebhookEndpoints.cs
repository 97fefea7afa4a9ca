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
/// subscription to that action and delivers it (<see cref="WebhookDelivery"/>): each attempt is recorded, a failed one
/// is tried again up to <c>max_retries</c> times after the subscription's backoff (capped for tests), and the event
/// ends <c>delivered</c> or <c>failed</c>. Retry delivers the event again at once. Only loopback URLs are called; an
/// event for any other URL stays <c>pending</c> with no attempts. A <c>secret</c> in the create or update body (kept,
/// never echoed; <c>has_secret</c> says one is set) signs each delivery.
/// </summary>
internal sealed class WebhookEndpoints
{
    private const string BasePath = "/v1/workflow-webhooks";
    private static readonly string[] Actions = ["workflow_created", "workflow_updated", "workflow_deleted", "workflow_run_started", "workflow_run_completed"];

    private readonly InteractlyServices services;
    private readonly object sync = new();
    private readonly List<JsonObject> subscriptions = [];
    private readonly List<JsonObject> events = [];
    private readonly Dictionary<string, List<JsonObject>> attempts = [];
    private readonly Dictionary<string, string> secrets = [];
    private readonly WebhookDelivery delivery;

    public WebhookEndpoints(InteractlyServices services)
    {
        this.services = services;
        delivery = new WebhookDelivery(services.Context);
    }

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
        var recorded = new List<JsonObject>();
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
                var item = new JsonObject
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
                };
                events.Add(item);
                recorded.Add(item);
            }
        }

        foreach (JsonObject item in recorded)
        {
            _ = Task.Run(() => DeliverAsync(item, allowRetries: true));
        }
    }

    /// <summary>Sends an event until it is answered 2xx or its attempts are used up, recording every attempt.</summary>
    private async Task DeliverAsync(JsonObject item, bool allowRetries)
    {
        string eventId;
        string body;
        Uri? url;
        string? secret;
        int maxRetries;
        int backoffSeconds;
        int timeoutSeconds;
        lock (sync)
        {
            eventId = item["event_id"]!.GetValue<string>();
            string subscriptionId = item["subscription_id"]!.GetValue<string>();
            JsonObject? subscription = subscriptions.FirstOrDefault(s => s["_id"]!.GetValue<string>() == subscriptionId);
            if (subscription is null || !Uri.TryCreate(subscription["url"]?.GetValue<string>(), UriKind.Absolute, out url))
            {
                item["status"] = "failed";
                return;
            }

            // The emulator never calls out of the machine: an event for a non-loopback URL stays pending, unsent.
            if (!url.IsLoopback)
            {
                return;
            }

            secrets.TryGetValue(subscriptionId, out secret);
            maxRetries = subscription["max_retries"]?.GetValue<int>() ?? 0;
            backoffSeconds = subscription["retry_backoff_seconds"]?.GetValue<int>() ?? 1;
            timeoutSeconds = subscription["timeout_seconds"]?.GetValue<int>() ?? 10;
            body = item["payload"]!.ToJsonString();
        }

        int allowed = allowRetries ? 1 + maxRetries : 1;
        for (int attempt = 1; attempt <= allowed; attempt++)
        {
            var (status, error, latency) = await delivery.SendAsync(url, body, secret, timeoutSeconds).ConfigureAwait(false);
            bool delivered = status is >= 200 and < 300;
            lock (sync)
            {
                if (!attempts.TryGetValue(eventId, out var list))
                {
                    attempts[eventId] = list = [];
                }

                list.Add(new JsonObject
                {
                    ["id"] = services.Ids.NewObjectId(),
                    ["attempt_number"] = list.Count + 1,
                    ["request_url"] = url.ToString(),
                    ["success"] = delivered,
                    ["response_status_code"] = status,
                    ["error_message"] = error,
                    ["latency_ms"] = (int)Math.Round(latency.TotalMilliseconds),
                    ["created_at"] = Now(),
                });
                item["attempts_count"] = list.Count;
                item["status"] = delivered ? "delivered" : attempt < allowed ? "pending" : "failed";
                item["updated_at"] = Now();
            }

            if (delivered)
            {
                return;
            }

            if (attempt < allowed)
            {
                await Task.Delay(delivery.Backoff(backoffSeconds, attempt), services.Context.TimeProvider).ConfigureAwait(false);
            }
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            subscriptions.Clear();
            events.Clear();
            attempts.Clear();
            secrets.Clear();
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
            RememberSecret(subscription, body);
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

            RememberSecret(updated, body);
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
            JsonObject? found = Find(id);
            if (found is null)
            {
                return WireReplies.NotFound($"Webhook event {id} not found");
            }

            var list = new JsonArray();
            if (attempts.TryGetValue(found["event_id"]!.GetValue<string>(), out var recorded))
            {
                foreach (JsonObject attempt in recorded)
                {
                    list.Add(attempt.DeepClone());
                }
            }

            return WireReplies.Json(StatusCodes.Status200OK, new JsonObject { ["attempts"] = list, ["total"] = list.Count });
        }
    }

    private IResult Retry(HttpContext http)
    {
        string id = http.Request.RouteValues["event_id"] as string ?? "";
        lock (sync)
        {
            JsonObject? found = Find(id);
            if (found is null)
            {
                return WireReplies.NotFound($"Webhook event {id} not found");
            }

            found["status"] = "pending";
            found["updated_at"] = Now();
            _ = Task.Run(() => DeliverAsync(found, allowRetries: false));
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

    /// <summary>An event by its <c>_id</c> or its <c>event_id</c>; the caller holds the lock.</summary>
    private JsonObject? Find(string id) =>
        events.FirstOrDefault(e => e["_id"]!.GetValue<string>() == id || e["event_id"]!.GetValue<string>() == id);

    /// <summary>Keeps a subscription's signing secret apart from the document, which is echoed and must never show it.</summary>
    private void RememberSecret(JsonObject subscription, JsonObject body)
    {
        if (body["secret"] is JsonValue value && value.TryGetValue(out string? secret) && !string.IsNullOrEmpty(secret))
        {
            secrets[subscription["_id"]!.GetValue<string>()] = secret;
            subscription["has_secret"] = true;
        }
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
