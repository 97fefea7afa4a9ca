using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>A page of subscriptions from <c>GET /v1/workflow-webhooks</c>; the service may name the list <c>subscriptions</c> or <c>items</c>.</summary>
public sealed class WebhookSubscriptionList
{
    /// <summary>The subscriptions under <c>subscriptions</c>.</summary>
    [JsonPropertyName("subscriptions")]
    public IReadOnlyList<WebhookSubscription>? Subscriptions { get; set; }

    /// <summary>The subscriptions under <c>items</c>.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<WebhookSubscription>? Items { get; set; }

    /// <summary>The number of matching subscriptions, when counted.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>The subscriptions under whichever key the service used.</summary>
    [JsonIgnore]
    public IReadOnlyList<WebhookSubscription> All => Subscriptions ?? Items ?? Array.Empty<WebhookSubscription>();
}

/// <summary>One webhook event: something that happened and its delivery state.</summary>
public sealed class WebhookEvent
{
    /// <summary>The event document's id: what retry takes.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    /// <summary>The external event id, sent to the receiver: what the attempts list takes.</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; set; }

    /// <summary>The subscription it is delivered to.</summary>
    [JsonPropertyName("subscription_id")]
    public string? SubscriptionId { get; set; }

    /// <summary>The workflow it concerns.</summary>
    [JsonPropertyName("workflow_id")]
    public string? WorkflowId { get; set; }

    /// <summary>The event type, e.g. <c>workflow_created</c> or <c>workflow_run_completed</c>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; set; }

    /// <summary>The delivery status: <c>pending</c>, <c>retrying</c>, <c>delivered</c> or <c>failed</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>The body delivered, as raw JSON.</summary>
    [JsonPropertyName("payload")]
    public JsonElement? Payload { get; set; }

    /// <summary>When the event was created; null when absent or unreadable.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A page of events from <c>GET /v1/workflow-webhooks/events</c>, newest first.</summary>
public sealed class WebhookEventList
{
    /// <summary>The events.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<WebhookEvent> Events { get; set; } = Array.Empty<WebhookEvent>();

    /// <summary>The number of matching events, when counted.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>One attempt to deliver an event.</summary>
public sealed class WebhookDeliveryAttempt
{
    /// <summary>The attempt's id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The 1-based attempt number.</summary>
    [JsonPropertyName("attempt_number")]
    public int? AttemptNumber { get; set; }

    /// <summary>The URL the delivery went to.</summary>
    [JsonPropertyName("request_url")]
    public string? RequestUrl { get; set; }

    /// <summary>Whether the receiver accepted the delivery.</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    /// <summary>The receiver's HTTP status, when it answered.</summary>
    [JsonPropertyName("response_status_code")]
    public int? ResponseStatusCode { get; set; }

    /// <summary>What went wrong, when it failed.</summary>
    [JsonPropertyName("error_message")]
    public string? ErrorMessage { get; set; }

    /// <summary>How long the attempt took, in milliseconds.</summary>
    [JsonPropertyName("latency_ms")]
    public int? LatencyMilliseconds { get; set; }

    /// <summary>When the attempt was made; null when absent or unreadable.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>A page of delivery attempts from <c>GET /v1/workflow-webhooks/events/{event_id}/attempts</c>, newest first.</summary>
public sealed class WebhookDeliveryAttemptList
{
    /// <summary>The attempts.</summary>
    [JsonPropertyName("attempts")]
    public IReadOnlyList<WebhookDeliveryAttempt> Attempts { get; set; } = Array.Empty<WebhookDeliveryAttempt>();

    /// <summary>The number of attempts, when counted.</summary>
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

/// <summary>The answer to <c>POST /v1/workflow-webhooks/events/{event_id}/retry</c>.</summary>
public sealed class WebhookRetryResult
{
    /// <summary>The service's confirmation.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The event re-dispatched.</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
