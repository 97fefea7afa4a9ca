namespace Octave.Interactly.Sdk;

/// <summary>Paging and filters for <c>GET /v1/workflow-webhooks/events</c>; null fields are not sent.</summary>
public sealed class ListWebhookEventsRequest
{
    /// <summary>The 1-based page number.</summary>
    public int? Page { get; set; }

    /// <summary>Items per page; at least 1.</summary>
    public int? Size { get; set; }

    /// <summary>Only events of this subscription.</summary>
    public string? SubscriptionId { get; set; }

    /// <summary>Only events of this workflow.</summary>
    public string? WorkflowId { get; set; }

    /// <summary>Only events of this type.</summary>
    public string? Action { get; set; }

    /// <summary>Only events in this delivery status.</summary>
    public string? Status { get; set; }
}
