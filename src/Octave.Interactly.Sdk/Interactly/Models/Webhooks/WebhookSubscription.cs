using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>An outbound webhook subscription. The bearer token is write-only: the service does not return it.</summary>
public sealed class WebhookSubscription
{
    /// <summary>The subscription's id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The URL deliveries are POSTed to.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The event types that trigger a delivery, as the service spells them.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<string>? Actions { get; set; }

    /// <summary>Whether deliveries are made.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Whether a bearer token is set, when the service reports it.</summary>
    [JsonPropertyName("has_bearer_token")]
    public bool? HasBearerToken { get; set; }

    /// <summary>The delivery timeout in seconds.</summary>
    [JsonPropertyName("timeout_seconds")]
    public int? TimeoutSeconds { get; set; }

    /// <summary>How many times a failed delivery is retried.</summary>
    [JsonPropertyName("max_retries")]
    public int? MaxRetries { get; set; }

    /// <summary>The delay between retries in seconds.</summary>
    [JsonPropertyName("retry_backoff_seconds")]
    public int? RetryBackoffSeconds { get; set; }

    /// <summary>When the subscription was created; null when absent or unreadable.</summary>
    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
