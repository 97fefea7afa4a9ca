using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>
/// The body of <c>PATCH /v1/workflow-webhooks/{webhook_id}</c>: only the fields set are sent. The bearer token is a
/// secret: it is never written to logs or exception messages.
/// </summary>
public sealed class UpdateWebhookSubscriptionRequest
{
    /// <summary>The display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The receiving URL: HTTPS, or HTTP to a loopback address for development.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The event types that trigger a delivery; replaces the whole list when set.</summary>
    [JsonPropertyName("actions")]
    public IList<string>? Actions { get; set; }

    /// <summary>Whether deliveries are made; left unchanged when null.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>A token sent as <c>Authorization: Bearer …</c> with each delivery.</summary>
    [JsonPropertyName("bearer_token")]
    public string? BearerToken { get; set; }

    /// <summary>On update, true removes the stored bearer token.</summary>
    [JsonPropertyName("clear_bearer_token")]
    public bool? ClearBearerToken { get; set; }

    /// <summary>The delivery timeout in seconds: 1 to 60.</summary>
    [JsonPropertyName("timeout_seconds")]
    public int? TimeoutSeconds { get; set; }

    /// <summary>Retries of a failed delivery: 0 to 10.</summary>
    [JsonPropertyName("max_retries")]
    public int? MaxRetries { get; set; }

    /// <summary>The delay between retries in seconds: 1 to 300.</summary>
    [JsonPropertyName("retry_backoff_seconds")]
    public int? RetryBackoffSeconds { get; set; }

    /// <summary>Keeps the bearer token out of logs and debugger displays.</summary>
    /// <returns>The name and URL only.</returns>
    public override string ToString() => $"UpdateWebhookSubscriptionRequest {{ Name = {Name}, Url = {Url} }}";
}
