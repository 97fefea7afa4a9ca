using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Octave.Interactly.Sdk.Serialization;

namespace Octave.Interactly.Sdk;

/// <summary>A reviewer's comment on a run, a turn or an event. Field names are the server's (camelCase for the audit fields).</summary>
public sealed class InteractlyComment
{
    /// <summary>The comment's id, <c>comment_&lt;uuid&gt;</c>.</summary>
    [JsonPropertyName("logical_id")]
    public string? LogicalId { get; set; }

    /// <summary>The text; null for comments stored before text was required.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; set; }

    /// <summary>Who wrote it.</summary>
    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; set; }

    /// <summary>Who last changed it.</summary>
    [JsonPropertyName("updatedBy")]
    public string? UpdatedBy { get; set; }

    /// <summary>When it was written; null when absent or unreadable.</summary>
    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When it was last changed; null when absent or unreadable.</summary>
    [JsonPropertyName("updatedAt")]
    [JsonConverter(typeof(TolerantDateTimeOffsetConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Fields this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
